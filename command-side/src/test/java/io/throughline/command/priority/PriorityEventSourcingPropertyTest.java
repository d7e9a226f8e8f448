package io.throughline.command.priority;

import io.throughline.command.priority.AxonPriorities.Outcome;
import io.throughline.kernel.Change;
import io.throughline.kernel.CommandRejection;
import io.throughline.kernel.PersonId;
import io.throughline.kernel.priority.AssignPriority;
import io.throughline.kernel.priority.ChangePriority;
import io.throughline.kernel.priority.CompletePriority;
import io.throughline.kernel.priority.DropPriority;
import io.throughline.kernel.priority.PriorityAssigned;
import io.throughline.kernel.priority.PriorityChanged;
import io.throughline.kernel.priority.PriorityCompleted;
import io.throughline.kernel.priority.PriorityDropped;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.priority.PriorityReassigned;
import io.throughline.kernel.priority.PriorityRealigned;
import io.throughline.kernel.priority.PriorityReinstated;
import io.throughline.kernel.priority.PriorityStatus;
import io.throughline.kernel.priority.PriorityStatusUpdated;
import io.throughline.kernel.priority.ReassignPriority;
import io.throughline.kernel.priority.RealignPriority;
import io.throughline.kernel.priority.ReinstatePriority;
import io.throughline.kernel.priority.UpdatePriorityStatus;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import static io.throughline.command.priority.Cascade.ALICE;
import static io.throughline.command.priority.Cascade.BOB;
import static io.throughline.command.priority.Cascade.CAROL;
import static io.throughline.command.priority.Cascade.COMPANY_Q3;
import static io.throughline.command.priority.Cascade.COMPANY_Q4;
import static io.throughline.command.priority.Cascade.COMPANY_Q4_DONE;
import static io.throughline.command.priority.Cascade.COMPANY_Q4_OTHER;
import static io.throughline.command.priority.Cascade.EMEA_Q4;
import static io.throughline.command.priority.Cascade.MARKETING_Q4;
import static io.throughline.command.priority.Cascade.PRIORITY;
import static io.throughline.command.priority.Cascade.Q4;
import static io.throughline.command.priority.Cascade.SALES;
import static io.throughline.command.priority.Cascade.SALES_Q4;
import static io.throughline.command.priority.Cascade.UNKNOWN;
import static io.throughline.kernel.CommandRejection.Kind.CONFLICT;
import static io.throughline.kernel.priority.PriorityStatus.COMPLETED;
import static io.throughline.kernel.priority.PriorityStatus.NOT_STARTED;
import static java.util.stream.Collectors.toList;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever commands a priority receives, its stored events are an exact, replayable record of it.
 * <p>
 * Each of {@value #TRIES} tries assigns {@link Cascade#PRIORITY} and sends it a random sequence of 1 to
 * {@value #MAX_COMMANDS} commands, legal and illegal (reports of any status and confidence, repeated reports with
 * nothing to add, changes with blank titles and due dates outside the quarter, reassignment to people outside the
 * team, drops without reason, reinstating open priorities, realigning to unknown, closed, other quarter's and lower
 * teams' priorities...), through the real Axon machinery of {@link AxonPriorities}: annotated handlers,
 * event-sourcing repository, in-memory event store. Refused commands are ignored; any failure other than a
 * {@code CommandRejectedException} fails the try. Then:
 * <ol>
 * <li><b>Versions.</b> Every accepted command stored exactly one event and answered the new version; the stream holds
 * version + 1 events with sequence numbers 0, 1, 2... and a reload reports that version.</li>
 * <li><b>Continuity.</b> The events are folded into {@link Facts} by this test, not by the aggregate. Every
 * {@link Change} must start from the value the earlier events left: the handlers compute "before" from the state the
 * aggregate rebuilt, so an event-sourcing handler that forgets a field shows here as soon as the field changes again.
 * </li>
 * <li><b>Replay.</b> A second {@link AxonPriorities} on the same storage engine (new event store, new repository, no
 * shared object) rebuilds the priority and is probed with commands whose outcome the facts decide: completing (if
 * open) and then reinstating it
 * must record the status the facts hold and return to the facts' last open status; and a change to the facts' title,
 * description, success criterion and due date, a reassignment to the facts' owner and a realignment to the facts'
 * parent must each be refused as changing nothing. A field the aggregate's replay lost or got wrong makes one of these
 * probes differ.
 * </li>
 * </ol>
 * A forgotten field in an {@code @EventSourcingHandler} fails 2 or 3; a handler storing an event for a refused
 * command, or answering a wrong version, fails 1.
 * <p>
 * <b>Randomness.</b> Plain JUnit 5 dynamic tests over {@link Random}: try {@code i} draws everything from its own
 * seed, the {@code i}-th {@code nextLong()} of a {@code Random} seeded with the base seed. The base seed is
 * {@value #DEFAULT_BASE_SEED} unless the system property {@value #BASE_SEED_PROPERTY} says otherwise, so CI runs the
 * same {@value #TRIES} tries every time. Each try shows its seed in its name and in its failure message; to replay
 * one try alone, pass that seed as {@value #REPLAY_PROPERTY}, e.g.
 * {@code mvn -B -o -pl command-side test -Dtest=PriorityEventSourcingPropertyTest -Dpriority.property.replay=<seed>}.
 * There is no shrinking: the failure message lists the whole command sequence instead.
 * <p>
 * <b>Coverage.</b> A last dynamic test fails if the generator drifts into trying nothing: among the tries that passed, more
 * than 10% must end closed, more than 10% open, and more than 5% must have had 5 or more commands accepted.
 */
class PriorityEventSourcingPropertyTest {

    static final int TRIES = 300;
    static final int MAX_COMMANDS = 30;
    static final String BASE_SEED_PROPERTY = "priority.property.seed";
    static final String REPLAY_PROPERTY = "priority.property.replay";
    static final long DEFAULT_BASE_SEED = 20261001L;

    private static final String PROBE = "probe";

    @TestFactory
    Stream<DynamicTest> everyCommandSequenceLeavesAContiguousStreamThatReplaysToTheStateItRecords() {
        String replay = System.getProperty(REPLAY_PROPERTY);
        if (replay != null && !replay.isBlank()) {
            long seed = Long.decode(replay.trim());
            return Stream.of(DynamicTest.dynamicTest("replay of seed " + seed, () -> runTry(seed)));
        }
        long baseSeed = baseSeed();
        Random seeds = new Random(baseSeed);
        Coverage coverage = new Coverage(baseSeed);
        Stream<DynamicTest> tries = IntStream.rangeClosed(1, TRIES).mapToObj(i -> {
            long seed = seeds.nextLong();
            return DynamicTest.dynamicTest("try " + i + "/" + TRIES + " seed " + seed + " (base seed " + baseSeed + ")",
                    () -> coverage.record(runTry(seed)));
        });
        return Stream.concat(tries, Stream.of(DynamicTest.dynamicTest(
                "coverage of the tries (base seed " + baseSeed + ")", coverage::check)));
    }

    private static long baseSeed() {
        String property = System.getProperty(BASE_SEED_PROPERTY);
        return property == null || property.isBlank() ? DEFAULT_BASE_SEED : Long.decode(property.trim());
    }

    /** One try: generates its commands from the seed, sends them, checks 1 to 3; says how it ended, for coverage. */
    private static Result runTry(long seed) {
        List<Object> commands = new Generator(new Random(seed)).commandSequence();
        try {
            return check(commands);
        } catch (AssertionError failure) {
            throw new AssertionError("try with seed " + seed + " failed: " + failure.getMessage()
                    + "\ncommands sent after the assignment, in order:\n  "
                    + String.join("\n  ", commands.stream().map(String::valueOf).toList()), failure);
        }
    }

    private static Result check(List<Object> commands) {
        InMemoryEventStorageEngine storage = new InMemoryEventStorageEngine();
        AxonPriorities priorities = new AxonPriorities(storage);
        Outcome assigned = priorities.send(assign());
        assertThat(assigned.rejection()).as("refusal of the assignment").isNull();
        assertThat(assigned.version()).as("version answered to the assignment").isZero();
        long version = assigned.version();
        int accepted = 0;
        for (Object command : commands) {
            Outcome outcome = priorities.send(command);
            if (outcome.accepted()) {
                assertThat(outcome.version()).as("version answered to %s", command).isEqualTo(version + 1);
                version = outcome.version();
                accepted++;
            }
        }

        Facts facts = Facts.of(storedEvents(priorities, version));
        probeTheReplay(new AxonPriorities(storage), facts);
        return new Result(facts.closed(), accepted);
    }

    /** 1: the stream holds events 0 to version, no more, and a reload agrees on the version. */
    private static List<Object> storedEvents(AxonPriorities priorities, long version) {
        List<? extends DomainEventMessage<?>> stream = priorities.events(PRIORITY);
        assertThat(stream).extracting(DomainEventMessage::getSequenceNumber)
                .as("sequence numbers").containsExactlyElementsOf(sequenceUpTo(version));
        assertThat(priorities.version(PRIORITY)).as("version after reload").isEqualTo(version);
        return stream.stream().map(EventMessage::getPayload).collect(toList());
    }

    /** 3: a priority rebuilt from the stored events behaves as the facts folded from them say it must. */
    private static void probeTheReplay(AxonPriorities replayed, Facts facts) {
        reopenThroughProbes(replayed, facts);
        refusedAsChangingNothing(replayed, new ChangePriority(PRIORITY, facts.title, facts.description,
                facts.successCriterion, facts.dueDate, PROBE, null), null);
        refusedAsChangingNothing(replayed, new ReassignPriority(PRIORITY, facts.owner, PROBE, null), "newOwnerId");
        refusedAsChangingNothing(replayed, new RealignPriority(PRIORITY, facts.parent, PROBE, null), "newParentPriorityId");
    }

    /** Completes an open priority, then reinstates it: the events show the status and the last open status it had. */
    private static void reopenThroughProbes(AxonPriorities replayed, Facts facts) {
        PriorityStatus status = facts.status;
        if (!facts.closed()) {
            acceptedWith(replayed, new CompletePriority(PRIORITY, PROBE, null),
                    new PriorityCompleted(PRIORITY, new Change<>(status, COMPLETED), PROBE));
            status = COMPLETED;
        }
        acceptedWith(replayed, new ReinstatePriority(PRIORITY, PROBE, null),
                new PriorityReinstated(PRIORITY, new Change<>(status, facts.lastOpenStatus), PROBE));
    }

    private static void acceptedWith(AxonPriorities priorities, Object probe, Object expectedEvent) {
        assertThat(priorities.send(probe).rejection()).as("refusal of probe %s", probe).isNull();
        List<? extends DomainEventMessage<?>> stream = priorities.events(PRIORITY);
        assertThat(stream.get(stream.size() - 1).getPayload()).as("event of probe %s", probe).isEqualTo(expectedEvent);
    }

    private static void refusedAsChangingNothing(AxonPriorities priorities, Object probe, String field) {
        CommandRejection rejection = priorities.send(probe).rejection();
        assertThat(rejection).as("refusal of probe %s", probe).isNotNull();
        assertThat(rejection.kind()).as("refusal of probe %s: %s", probe, rejection).isEqualTo(CONFLICT);
        assertThat(rejection.field()).as("refusal of probe %s: %s", probe, rejection).isEqualTo(field);
    }

    private static List<Long> sequenceUpTo(long last) {
        return LongStream.rangeClosed(0, last).boxed().toList();
    }

    private static AssignPriority assign() {
        return new AssignPriority(PRIORITY, SALES, Q4, "Title", ALICE, null, null, COMPANY_Q4, null);
    }

    /** How one try ended. */
    record Result(boolean closed, int accepted) {
    }

    /** Tallies how the tries ended, and fails when the generated runs were mostly trivial. */
    static final class Coverage {

        private final long baseSeed;
        private int tries;
        private int closed;
        private int open;
        private int noneAccepted;
        private int oneToFourAccepted;
        private int fiveOrMoreAccepted;

        Coverage(long baseSeed) {
            this.baseSeed = baseSeed;
        }

        void record(Result result) {
            tries++;
            if (result.closed()) {
                closed++;
            } else {
                open++;
            }
            if (result.accepted() == 0) {
                noneAccepted++;
            } else if (result.accepted() < 5) {
                oneToFourAccepted++;
            } else {
                fiveOrMoreAccepted++;
            }
        }

        void check() {
            System.out.printf("%s coverage over %d passed tries (base seed %d): ends closed %d, open %d; "
                            + "accepted commands none %d, 1-4 %d, 5+ %d%n",
                    PriorityEventSourcingPropertyTest.class.getSimpleName(), tries, baseSeed,
                    closed, open, noneAccepted, oneToFourAccepted, fiveOrMoreAccepted);
            // Only tries that passed are counted: a failed try is reported by its own test, not a second time here.
            assertThat(tries).as("tries that passed").isPositive();
            assertThat(percent(closed)).as("%% of tries ending closed (%d of %d)", closed, tries).isGreaterThan(10);
            assertThat(percent(open)).as("%% of tries ending open (%d of %d)", open, tries).isGreaterThan(10);
            assertThat(percent(fiveOrMoreAccepted))
                    .as("%% of tries with 5+ accepted commands (%d of %d)", fiveOrMoreAccepted, tries).isGreaterThan(5);
        }

        private double percent(int count) {
            return 100.0 * count / tries;
        }
    }

    /**
     * Every command of an assigned priority, with valid and invalid values, in the proportions the earlier jqwik
     * generators used: each command kind equally likely; a value is {@code null} with the stated probability and
     * otherwise drawn uniformly from its choices, except reasons, which are "a reason", "" and "  " at 4:1:1.
     */
    static final class Generator {

        private static final List<LocalDate> DUE_DATES = List.of(
                LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 15), LocalDate.of(2026, 12, 31),
                LocalDate.of(2026, 9, 30), LocalDate.of(2027, 1, 1));
        /** Valid parents and each way of breaking the cascade. */
        private static final List<PriorityId> PARENTS = List.of(COMPANY_Q4, COMPANY_Q4_OTHER, COMPANY_Q4_DONE,
                COMPANY_Q3, SALES_Q4, EMEA_Q4, MARKETING_Q4, UNKNOWN, PRIORITY);

        private final Random random;
        private final List<Supplier<Object>> kinds = List.of(this::statusReport, this::change, this::reassignment,
                this::completion, this::drop, this::reinstatement, this::realignment);

        Generator(Random random) {
            this.random = random;
        }

        List<Object> commandSequence() {
            int size = 1 + random.nextInt(MAX_COMMANDS);
            List<Object> commands = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                commands.add(oneOf(kinds).get());
            }
            return commands;
        }

        private UpdatePriorityStatus statusReport() {
            PriorityStatus status = orNull(0.05, () -> oneOf(List.of(PriorityStatus.values())));
            String comment = comment();
            Integer confidence = orNull(0.3, () -> -1 + random.nextInt(13));
            return new UpdatePriorityStatus(PRIORITY, status, comment, confidence, null);
        }

        private ChangePriority change() {
            String title = orNull(0.3, () -> oneOf(List.of("Title", "Win EMEA", "  Win EMEA ", "", "  ")));
            String description = orNull(0.5, () -> oneOf(List.of("Why", "Why not", "")));
            String successCriterion = orNull(0.5, () -> oneOf(List.of("10 logos", "12 logos", " ")));
            LocalDate dueDate = orNull(0.4, () -> oneOf(DUE_DATES));
            return new ChangePriority(PRIORITY, title, description, successCriterion, dueDate, PROBE, null);
        }

        private ReassignPriority reassignment() {
            PersonId owner = orNull(0.05, () -> oneOf(List.of(ALICE, BOB, CAROL)));
            return new ReassignPriority(PRIORITY, owner, reason(), null);
        }

        private CompletePriority completion() {
            return new CompletePriority(PRIORITY, comment(), null);
        }

        private DropPriority drop() {
            return new DropPriority(PRIORITY, reason(), null);
        }

        private ReinstatePriority reinstatement() {
            return new ReinstatePriority(PRIORITY, reason(), null);
        }

        private RealignPriority realignment() {
            return new RealignPriority(PRIORITY, orNull(0.2, () -> oneOf(PARENTS)), PROBE, null);
        }

        private String reason() {
            return orNull(0.1, () -> {
                int draw = random.nextInt(6);
                return draw < 4 ? "a reason" : draw == 4 ? "" : "  ";
            });
        }

        private String comment() {
            return orNull(0.5, () -> oneOf(List.of("a comment", " ")));
        }

        private <T> T oneOf(List<T> choices) {
            return choices.get(random.nextInt(choices.size()));
        }

        private <T> T orNull(double probability, Supplier<T> value) {
            return random.nextDouble() < probability ? null : value.get();
        }
    }

    /**
     * 2: the priority as its events describe it, folded here independently of the aggregate. Each change's "before"
     * is checked against the value folded so far. Only stored events are folded: a refused command, such as a status
     * report repeating the status with nothing to add, leaves no trace here.
     */
    static final class Facts {

        PriorityStatus status = NOT_STARTED;
        /** What reinstating returns to: the status after the assignment, the latest report or reinstatement. */
        PriorityStatus lastOpenStatus = NOT_STARTED;
        PersonId owner;
        String title;
        String description;
        String successCriterion;
        LocalDate dueDate;
        PriorityId parent;

        static Facts of(List<?> events) {
            Facts facts = new Facts();
            assertThat(events.get(0)).as("first event").isInstanceOf(PriorityAssigned.class);
            PriorityAssigned assigned = (PriorityAssigned) events.get(0);
            facts.owner = assigned.ownerId();
            facts.title = assigned.title();
            facts.successCriterion = assigned.successCriterion();
            facts.dueDate = assigned.dueDate();
            facts.parent = assigned.parentPriorityId();
            events.subList(1, events.size()).forEach(facts::fold);
            return facts;
        }

        boolean closed() {
            return status.isClosed();
        }

        private void fold(Object event) {
            if (event instanceof PriorityChanged changed) {
                title = next(changed.title(), title, event);
                description = next(changed.description(), description, event);
                successCriterion = next(changed.successCriterion(), successCriterion, event);
                dueDate = next(changed.dueDate(), dueDate, event);
            } else if (event instanceof PriorityReassigned reassigned) {
                owner = next(reassigned.ownerId(), owner, event);
            } else if (event instanceof PriorityRealigned realigned) {
                parent = next(realigned.parentPriorityId(), parent, event);
            } else if (event instanceof PriorityStatusUpdated updated) {
                status = next(updated.status(), status, event);
                lastOpenStatus = status;
            } else if (event instanceof PriorityCompleted completed) {
                status = next(completed.status(), status, event);
            } else if (event instanceof PriorityDropped dropped) {
                status = next(dropped.status(), status, event);
            } else if (event instanceof PriorityReinstated reinstated) {
                assertThat(reinstated.status().after()).as("status reinstated by %s", event).isEqualTo(lastOpenStatus);
                status = next(reinstated.status(), status, event);
            } else {
                throw new AssertionError("unexpected event " + event);
            }
        }

        /** The value after the change, once its "before" is seen to be the value so far; no change keeps it. */
        private static <T> T next(Change<T> change, T current, Object event) {
            if (change == null) {
                return current;
            }
            assertThat(change.before()).as("'before' in %s", event).isEqualTo(current);
            return change.after();
        }
    }
}
