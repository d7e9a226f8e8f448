package io.throughline.web;

import io.throughline.kernel.Quarter;
import io.throughline.kernel.huddle.GetHuddleCascade;
import io.throughline.kernel.huddle.GetTeamHuddles;
import io.throughline.kernel.huddle.HuddleCascade;
import io.throughline.kernel.huddle.TeamHuddles;
import io.throughline.kernel.person.PersonName;
import io.throughline.kernel.plan.GetTeamPlan;
import io.throughline.kernel.plan.TeamPlan;
import io.throughline.kernel.priority.PriorityStatus;
import io.throughline.kernel.team.FindTeam;
import io.throughline.kernel.team.TeamId;
import io.throughline.kernel.team.TeamView;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

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
        model.addAttribute("quarter", shown);
        model.addAttribute("quarters", Pages.quartersAround(clock));
        model.addAttribute("team", team);
        TeamPlan plan = reads.now(new GetTeamPlan(teamId, shown), TeamPlan.class);
        model.addAttribute("plan", plan);
        model.addAttribute("priorityById", Pages.prioritiesById(plan));
        model.addAttribute("metricById", Pages.metricsById(plan));
        model.addAttribute("huddles", reads.now(new GetTeamHuddles(teamId, shown), TeamHuddles.class));
        model.addAttribute("statuses", PriorityStatus.values());
        model.addAttribute("owners", TeamChoices.owners(team));
        List<PersonName> everyone = people.everyone();
        model.addAttribute("names", People.namesOf(everyone));
        model.addAttribute("newMembers", everyone.stream().filter(PersonName::active)
                .filter(person -> !TeamChoices.owners(team).contains(person.id())).toList());
        model.addAttribute("parentCandidates", choices.parentCandidates(team, shown));
        List<TeamView> teamsBelow = choices.teamsBelow(teamId);
        model.addAttribute("teamsBelow", teamsBelow);
        model.addAttribute("cascade", reads.now(new GetHuddleCascade(teamId), HuddleCascade.class));
        return VIEW;
    }
}
