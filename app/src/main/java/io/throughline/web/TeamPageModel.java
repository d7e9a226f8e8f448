package io.throughline.web;

import io.throughline.kernel.quarter.GetQuarterScorecard;
import io.throughline.kernel.quarter.QuarterOutcome;
import io.throughline.kernel.quarter.QuarterScorecard;
import io.throughline.kernel.Quarter;
import io.throughline.kernel.nudge.GetTeamWebhook;
import io.throughline.kernel.nudge.TeamChatWebhook;
import io.throughline.kernel.huddle.GetHuddleCascade;
import io.throughline.kernel.huddle.GetTeamHuddles;
import io.throughline.kernel.huddle.HuddleCascade;
import io.throughline.kernel.huddle.TeamHuddles;
import io.throughline.kernel.person.PersonName;
import io.throughline.kernel.plan.GetTeamPlan;
import io.throughline.kernel.plan.TeamPlan;
import io.throughline.kernel.priority.FindPriorities;
import io.throughline.kernel.priority.MilestoneTallies;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.priority.PriorityStatus;
import io.throughline.kernel.priority.PriorityView;
import io.throughline.kernel.progress.MeasureProgress;
import io.throughline.kernel.progress.MeasuredProgress;
import io.throughline.kernel.priority.TallyMilestones;
import io.throughline.kernel.team.FindTeam;
import io.throughline.kernel.team.TeamId;
import io.throughline.kernel.team.TeamView;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Everything the team page shows, for its own GET and for every form on it that comes back refused. */
@Component
class TeamPageModel {

    static final String VIEW = "team";

    private final ReadYourWrites reads;
    private final TeamChoices choices;
    private final People people;
    private final Clock clock;

    TeamPageModel(ReadYourWrites reads, TeamChoices choices, People people, Clock clock) {
        this.reads = reads;
        this.choices = choices;
        this.people = people;
        this.clock = clock;
    }

    /** Fills the model for the team's page in the quarter (the current one when null) and names the view. */
    String fill(TeamId teamId, Quarter quarter, Model model) {
        Quarter shown = quarter != null ? quarter : Quarter.of(LocalDate.now(clock));
        TeamView team = reads.now(new FindTeam(teamId), TeamView.class);
        List<TeamView> selfAndAbove = choices.selfAndAbove(team);
        model.addAttribute("parentTeam", selfAndAbove.size() > 1 ? selfAndAbove.get(1) : null);
        model.addAttribute("mayHoldHuddle", TeamRights.runsHuddle(selfAndAbove));
        model.addAttribute("mayCloseQuarter", TeamRights.leadsAtOrAbove(selfAndAbove));
        model.addAttribute("mayPlanWork", TeamRights.plansWork());
        model.addAttribute("mayOrganise", TeamRights.organises());
        if (TeamRights.organises()) {
            model.addAttribute("webhook", reads.now(new GetTeamWebhook(teamId), TeamChatWebhook.class));
        }
        model.addAttribute("quarter", shown);
        model.addAttribute("quarters", Pages.quartersAround(clock));
        model.addAttribute("team", team);
        TeamPlan plan = reads.now(new GetTeamPlan(teamId, shown), TeamPlan.class);
        model.addAttribute("plan", plan);
        model.addAttribute("priorityById", Pages.prioritiesById(plan));
        model.addAttribute("parents", parentsOf(plan.priorities()));
        model.addAttribute("milestoneTallies", talliesOf(plan.priorities()));
        model.addAttribute("progress", progressOf(plan.priorities()));
        model.addAttribute("metricById", Pages.metricsById(plan));
        model.addAttribute("huddles", reads.now(new GetTeamHuddles(teamId, shown), TeamHuddles.class));
        model.addAttribute("statuses", PriorityStatus.REPORTABLE);
        model.addAttribute("owners", TeamChoices.owners(team));
        List<PersonName> everyone = people.everyone();
        model.addAttribute("names", People.namesOf(everyone));
        model.addAttribute("newMembers", everyone.stream().filter(PersonName::active)
                .filter(person -> !TeamChoices.owners(team).contains(person.id())).toList());
        model.addAttribute("parentCandidates", choices.parentCandidates(team, shown));
        model.addAttribute("annualGoalChoices", choices.annualGoals(selfAndAbove, shown).standing());
        List<TeamView> teamsBelow = choices.teamsBelow(teamId);
        model.addAttribute("teamsBelow", teamsBelow);
        model.addAttribute("cascade", reads.now(new GetHuddleCascade(teamId), HuddleCascade.class));
        QuarterScorecard scorecard = reads.now(new GetQuarterScorecard(teamId, shown), QuarterScorecard.class);
        model.addAttribute("scorecard", scorecard);
        model.addAttribute("quarterResult", QuarterResult.of(scorecard.total()));
        // A closed quarter takes no new priority, status report or huddle: the page offers none of them.
        model.addAttribute("quarterClosed", scorecard.closed());
        model.addAttribute("openPriorities", plan.priorities().stream().filter(p -> !p.status().isClosed()).toList());
        model.addAttribute("outcomes", QuarterOutcome.values());
        return VIEW;
    }

    /** A priority's row alone, as an htmx answer to a form in it. */
    String row(PriorityView priority, Model model) {
        model.addAttribute("priority", priority);
        model.addAttribute("parents", parentsOf(List.of(priority)));
        model.addAttribute("milestoneTallies", talliesOf(List.of(priority)));
        model.addAttribute("progress", progressOf(List.of(priority)));
        model.addAttribute("statuses", PriorityStatus.REPORTABLE);
        // A row alone answers a form in it and keeps offering that form; the refusal says if the quarter closed meanwhile.
        model.addAttribute("quarterClosed", false);
        return VIEW + " :: priority-row";
    }

    /** How far each priority's milestones are, asked once for all the rows. */
    private MilestoneTallies talliesOf(List<PriorityView> priorities) {
        return reads.now(new TallyMilestones(priorities.stream().map(PriorityView::id).collect(Collectors.toSet())),
                MilestoneTallies.class);
    }

    /** The measured progress of each row beside the expected, asked once for all the rows. */
    private MeasuredProgress progressOf(List<PriorityView> priorities) {
        return reads.now(new MeasureProgress(priorities.stream().map(PriorityView::id).collect(Collectors.toSet())),
                MeasuredProgress.class);
    }

    /** What the priorities serve, by id: a row names its parent, which usually belongs to a team above. */
    private Map<String, PriorityView> parentsOf(List<PriorityView> priorities) {
        Set<PriorityId> parents = priorities.stream().map(PriorityView::parentPriorityId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        return parents.isEmpty() ? Map.of() : reads.all(new FindPriorities(parents), PriorityView.class).stream()
                .collect(Collectors.toMap(parent -> parent.id().value(), Function.identity()));
    }
}
