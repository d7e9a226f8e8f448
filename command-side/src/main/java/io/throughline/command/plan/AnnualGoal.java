package io.throughline.command.plan;

import io.throughline.command.rejection.CommandRejectedException;
import io.throughline.command.rejection.CommonRule;
import io.throughline.command.rejection.Require;
import io.throughline.command.team.TeamDirectory;
import io.throughline.kernel.Change;
import io.throughline.kernel.plan.AnnualGoalChanged;
import io.throughline.kernel.plan.AnnualGoalDefined;
import io.throughline.kernel.AnnualGoalId;
import io.throughline.kernel.plan.AnnualGoalRetired;
import io.throughline.kernel.plan.ChangeAnnualGoal;
import io.throughline.kernel.plan.DefineAnnualGoal;
import io.throughline.kernel.plan.RetireAnnualGoal;
import io.throughline.kernel.team.TeamId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** One goal of a team's year. Its id lasts the four quarters, so each quarter's priorities can say which goal they serve. */
@Aggregate
public class AnnualGoal {

    /** Years a plan can sensibly speak of; anything else is a typing slip, not a plan. */
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    @AggregateIdentifier
    private AnnualGoalId goalId;
    private TeamId teamId;
    private int year;
    private String title;
    private String description;
    private boolean retired;

    protected AnnualGoal() {
        // for Axon: rebuilt from its events
    }

    @CommandHandler
    AnnualGoal(DefineAnnualGoal command, TeamDirectory teams) {
        if (command.teamId() == null || !teams.exists(command.teamId())) {
            throw CommandRejectedException.notFound("teamId", "no team with id '" + command.teamId() + "'");
        }
        int year = Require.present("year", command.year());
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw CommandRejectedException.invalid("year", "must be a year between " + FIRST_YEAR + " and " + LAST_YEAR);
        }
        apply(new AnnualGoalDefined(command.goalId(), command.teamId(), year, Require.text("title", command.title()),
                Require.optionalText(command.description())));
    }

    @CommandHandler
    void handle(ChangeAnnualGoal command) {
        requireOpenGoalOf(command.teamId());
        Change<String> newTitle = command.title() == null ? null
                : Change.between(title, Require.text("title", command.title()));
        Change<String> newDescription = command.description() == null ? null
                : Change.between(description, Require.optionalText(command.description()));
        if (newTitle == null && newDescription == null) {
            throw CommandRejectedException.conflict(CommonRule.MUST_CHANGE_SOMETHING, null,
                    "the annual goal already says this; nothing was stored");
        }
        apply(new AnnualGoalChanged(goalId, teamId, newTitle, newDescription, Require.optionalText(command.reason())));
    }

    @CommandHandler
    void handle(RetireAnnualGoal command) {
        requireOpenGoalOf(command.teamId());
        apply(new AnnualGoalRetired(goalId, teamId, year, title, Require.text("reason", command.reason())));
    }

    /**
     * The goal is addressed through its team: a goal of another team is not found (the caller's rights were checked
     * for the team named), and a retired goal is kept as history, not changed.
     */
    private void requireOpenGoalOf(TeamId team) {
        if (!teamId.equals(team)) {
            throw CommandRejectedException.notFound("goalId", "team '" + team + "' has no annual goal '" + goalId + "'");
        }
        if (retired) {
            throw CommandRejectedException.conflict(AnnualGoalRule.RETIRED_GOALS_STAY_AS_THEY_WERE, "goalId",
                    "the annual goal '" + title + "' is retired");
        }
    }

    @EventSourcingHandler
    void on(AnnualGoalDefined event) {
        goalId = event.goalId();
        teamId = event.teamId();
        year = event.year();
        title = event.title();
        description = event.description();
    }

    @EventSourcingHandler
    void on(AnnualGoalChanged event) {
        title = Change.valueAfter(event.title(), title);
        description = Change.valueAfter(event.description(), description);
    }

    @EventSourcingHandler
    void on(AnnualGoalRetired event) {
        retired = true;
    }
}
