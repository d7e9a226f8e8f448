package io.throughline.command.team;

import io.throughline.command.AggregateCaches;
import io.throughline.command.rejection.CommandRejectedException;
import io.throughline.command.rejection.Require;
import io.throughline.kernel.Change;
import io.throughline.kernel.PersonId;
import io.throughline.kernel.nudge.SetTeamWebhook;
import io.throughline.kernel.nudge.TeamWebhookSet;
import io.throughline.command.rejection.CommonRule;
import io.throughline.kernel.team.AddTeamMember;
import io.throughline.kernel.team.AppointTeamLead;
import io.throughline.kernel.team.AssessmentDimension;
import io.throughline.kernel.team.AssessmentRecorded;
import io.throughline.kernel.team.MoveTeam;
import io.throughline.kernel.team.RecordAssessment;
import io.throughline.kernel.team.RegisterTeam;
import io.throughline.kernel.team.RemoveTeamMember;
import io.throughline.kernel.team.RenameTeam;
import io.throughline.kernel.team.TeamId;
import io.throughline.kernel.team.TeamLeadAppointed;
import io.throughline.kernel.team.TeamMemberAdded;
import io.throughline.kernel.team.TeamMemberRemoved;
import io.throughline.kernel.team.TeamMoved;
import io.throughline.kernel.team.TeamRegistered;
import io.throughline.kernel.team.TeamRenamed;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A node of the organisation tree: the company at the root, departments and teams below, with a lead and members. */
@Aggregate(cache = AggregateCaches.TEAMS)
public class Team {

    private static final BigDecimal LOWEST_SCORE = BigDecimal.ONE;
    private static final BigDecimal HIGHEST_SCORE = BigDecimal.valueOf(5);

    @AggregateIdentifier
    private TeamId id;
    private String name;
    private TeamId parentTeamId;
    private PersonId leadId;
    private final Set<PersonId> members = new HashSet<>();
    private String webhook;
    private final Set<AssessmentDimension> assessedDimensions = EnumSet.noneOf(AssessmentDimension.class);

    protected Team() {
        // for Axon: rebuilt from its events
    }

    @CommandHandler
    public Team(RegisterTeam command, TeamDirectory teams) {
        String name = Require.text("name", command.name());
        if (command.parentTeamId() != null && !teams.exists(command.parentTeamId())) {
            throw unknownTeam("parentTeamId", command.parentTeamId());
        }
        apply(new TeamRegistered(command.teamId(), name, command.parentTeamId()));
    }

    @CommandHandler
    void handle(RenameTeam command) {
        Change<String> name = Change.between(this.name, Require.text("name", command.name()));
        apply(new TeamRenamed(id, Require.changes("name", name)));
    }

    @CommandHandler
    void handle(MoveTeam command, TeamDirectory teams) {
        TeamId newParent = Require.present("newParentTeamId", command.newParentTeamId());
        var newAncestry = teams.selfAndAncestorsWhileMoving(newParent);
        if (newAncestry.isEmpty()) {
            throw unknownTeam("newParentTeamId", newParent);
        }
        if (newAncestry.contains(id)) {
            throw CommandRejectedException.ruleBroken(TeamRule.TEAM_TREE_WITHOUT_CYCLES, "newParentTeamId",
                    "a team cannot move under itself or a team below it");
        }
        apply(new TeamMoved(id, Require.changes("newParentTeamId", Change.between(parentTeamId, newParent))));
    }

    @CommandHandler
    void handle(AppointTeamLead command) {
        PersonId lead = Require.present("personId", command.personId());
        apply(new TeamLeadAppointed(id, Require.changes("personId", Change.between(leadId, lead))));
    }

    @CommandHandler
    void handle(AddTeamMember command) {
        PersonId person = Require.present("personId", command.personId());
        if (members.contains(person)) {
            throw CommandRejectedException.conflict(TeamRule.MEMBER_ONCE, "personId", person + " is already a member of this team");
        }
        apply(new TeamMemberAdded(id, person));
    }

    @CommandHandler
    void handle(RemoveTeamMember command) {
        PersonId person = Require.present("personId", command.personId());
        if (!members.contains(person)) {
            throw CommandRejectedException.conflict(TeamRule.ONLY_MEMBERS_REMOVED, "personId", person + " is not a member of this team");
        }
        apply(new TeamMemberRemoved(id, person));
    }

    /** The first assessment on a dimension is the team's baseline for it. */
    @CommandHandler
    void handle(RecordAssessment command) {
        AssessmentDimension dimension = Require.present("dimension", command.dimension());
        BigDecimal score = Require.present("score", command.score());
        if (score.compareTo(LOWEST_SCORE) < 0 || score.compareTo(HIGHEST_SCORE) > 0 || score.stripTrailingZeros().scale() > 1) {
            throw CommandRejectedException.invalid("score", "must be from 1 to 5 with at most one decimal, was " + score);
        }
        Integer respondents = Require.present("respondents", command.respondents());
        if (respondents < 1) {
            throw CommandRejectedException.invalid("respondents", "at least one person must have answered");
        }
        LocalDate date = Require.present("date", command.date());
        apply(new AssessmentRecorded(id, dimension, score, respondents, date, !assessedDimensions.contains(dimension)));
    }

    @CommandHandler
    void handle(SetTeamWebhook command) {
        String url = Webhooks.url(command.url());
        if (Objects.equals(url, webhook)) {
            throw CommandRejectedException.conflict(CommonRule.MUST_CHANGE_SOMETHING, "url",
                    url == null ? name + " has no chat webhook" : "it is " + name + "'s chat webhook already");
        }
        apply(new TeamWebhookSet(id, url));
    }

    @EventSourcingHandler
    void on(TeamWebhookSet event) {
        webhook = event.url();
    }

    @EventSourcingHandler
    void on(AssessmentRecorded event) {
        assessedDimensions.add(event.dimension());
    }

    @EventSourcingHandler
    void on(TeamRegistered event) {
        id = event.teamId();
        name = event.name();
        parentTeamId = event.parentTeamId();
    }

    @EventSourcingHandler
    void on(TeamRenamed event) {
        name = event.name().after();
    }

    @EventSourcingHandler
    void on(TeamMoved event) {
        parentTeamId = event.parentTeamId().after();
    }

    @EventSourcingHandler
    void on(TeamLeadAppointed event) {
        leadId = event.leadId().after();
    }

    @EventSourcingHandler
    void on(TeamMemberAdded event) {
        members.add(event.personId());
    }

    @EventSourcingHandler
    void on(TeamMemberRemoved event) {
        members.remove(event.personId());
    }

    private static CommandRejectedException unknownTeam(String field, TeamId teamId) {
        return CommandRejectedException.invalid(field, "no team with id '" + teamId + "'");
    }
}
