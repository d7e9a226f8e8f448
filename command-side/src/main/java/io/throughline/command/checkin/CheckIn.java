package io.throughline.command.checkin;

import io.throughline.command.priority.PriorityDirectory;
import io.throughline.command.rejection.CommandRejectedException;
import io.throughline.command.rejection.Require;
import io.throughline.kernel.FieldPath;
import io.throughline.kernel.PersonId;
import io.throughline.kernel.checkin.CheckInId;
import io.throughline.kernel.checkin.CheckInRecorded;
import io.throughline.kernel.checkin.Commitment;
import io.throughline.kernel.checkin.CommitmentCompleted;
import io.throughline.kernel.checkin.CommitmentDropped;
import io.throughline.kernel.checkin.CommitmentStatus;
import io.throughline.kernel.checkin.CompleteCommitment;
import io.throughline.kernel.checkin.DropCommitment;
import io.throughline.kernel.checkin.RecordCheckIn;
import io.throughline.kernel.priority.PriorityId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A 1-on-1 between a leader and a person, and the fate of the commitments the person made in it. */
@Aggregate
public class CheckIn {

    @AggregateIdentifier
    private CheckInId id;
    private Participants participants;
    private final Map<Integer, CommitmentStatus> commitments = new HashMap<>();

    protected CheckIn() {
        // for Axon: rebuilt from its events
    }

    @CommandHandler
    public CheckIn(RecordCheckIn command, PriorityDirectory priorities) {
        PersonId leader = Require.present("leaderId", command.leaderId());
        PersonId person = Require.present("personId", command.personId());
        if (leader.equals(person)) {
            throw CommandRejectedException.ruleBroken(CheckInRule.CHECK_IN_WITH_SOMEONE_ELSE, "personId",
                    "a check-in is between a leader and someone else, not " + leader + " alone");
        }
        LocalDate date = Require.present("date", command.date());
        apply(new CheckInRecorded(command.checkInId(), leader, person, date, Require.present("phase", command.phase()),
                reviewed(command.prioritiesReviewed(), priorities), Require.optionalText(command.notes()),
                committed(command.commitments(), date)));
    }

    @CommandHandler
    void handle(CompleteCommitment command) {
        requireOpen(command.number());
        apply(new CommitmentCompleted(id, command.number()));
    }

    @CommandHandler
    void handle(DropCommitment command) {
        requireOpen(command.number());
        apply(new CommitmentDropped(id, command.number(), Require.text("reason", command.reason())));
    }

    /** Every priority reviewed must exist; one reviewed twice is kept once. */
    private static List<PriorityId> reviewed(List<PriorityId> priorityIds, PriorityDirectory priorities) {
        List<PriorityId> reviewed = new ArrayList<>();
        for (int i = 0; priorityIds != null && i < priorityIds.size(); i++) {
            FieldPath field = FieldPath.of("prioritiesReviewed").at(i);
            PriorityId priority = Require.present(field, priorityIds.get(i));
            if (priorities.placementOf(priority).isEmpty()) {
                throw CommandRejectedException.invalid(field, "no priority with id '" + priority + "'");
            }
            if (!reviewed.contains(priority)) {
                reviewed.add(priority);
            }
        }
        return reviewed;
    }

    private static List<Commitment> committed(List<Commitment> commitments, LocalDate date) {
        List<Commitment> committed = new ArrayList<>();
        for (int i = 0; commitments != null && i < commitments.size(); i++) {
            FieldPath field = FieldPath.of("commitments").at(i);
            Commitment commitment = Require.present(field, commitments.get(i));
            String text = Require.text(field.then("text"), commitment.text());
            LocalDate due = Require.present(field.then("dueDate"), commitment.dueDate());
            if (due.isBefore(date)) {
                throw CommandRejectedException.ruleBroken(CheckInRule.COMMITMENT_DUE_FROM_CHECK_IN, field.then("dueDate"),
                        "must not be before the check-in's date " + date + ", was " + due);
            }
            committed.add(new Commitment(text, due));
        }
        return committed;
    }

    private void requireOpen(int number) {
        CommitmentStatus status = commitments.get(number);
        if (status == null) {
            throw CommandRejectedException.notFound("number", "the check-in has no commitment " + number
                    + "; its commitments are numbered 1 to " + commitments.size());
        }
        if (status != CommitmentStatus.OPEN) {
            throw CommandRejectedException.conflict(CheckInRule.ONLY_OPEN_COMMITMENTS_CLOSED, "number",
                    "commitment " + number + " is already " + status);
        }
    }

    @EventSourcingHandler
    void on(CheckInRecorded event) {
        id = event.checkInId();
        participants = new Participants(event.leaderId(), event.personId());
        for (int number = 1; number <= event.commitments().size(); number++) {
            commitments.put(number, CommitmentStatus.OPEN);
        }
    }

    @EventSourcingHandler
    void on(CommitmentCompleted event) {
        commitments.put(event.number(), CommitmentStatus.COMPLETED);
    }

    @EventSourcingHandler
    void on(CommitmentDropped event) {
        commitments.put(event.number(), CommitmentStatus.DROPPED);
    }

    /** For {@link CheckInDirectory}. */
    Participants participants() {
        return participants;
    }
}
