package io.throughline.web;

import io.throughline.kernel.PersonId;
import io.throughline.kernel.Quarter;
import io.throughline.kernel.huddle.GetHuddleCascade;
import io.throughline.kernel.huddle.GetTeamHuddles;
import io.throughline.kernel.huddle.HoldHuddle;
import io.throughline.kernel.huddle.HuddleCascade;
import io.throughline.kernel.huddle.HuddleId;
import io.throughline.kernel.huddle.TeamHuddles;
import io.throughline.kernel.metric.MetricSummary;
import io.throughline.kernel.plan.GetTeamPlan;
import io.throughline.kernel.plan.TeamPlan;
import io.throughline.kernel.priority.PriorityStatus;
import io.throughline.kernel.priority.PriorityView;
import io.throughline.kernel.team.FindTeam;
import io.throughline.kernel.team.TeamId;
import io.throughline.kernel.team.TeamView;
import org.axonframework.commandhandling.CommandExecutionException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * {@code /teams/{id}/huddle}: the weekly huddle from one form — who attended, a status per open priority, a value per
 * KPI, what is stuck and the wins — sent as one {@link HoldHuddle}, facilitated by the signed-in leader. The domain
 * stores it with all its updates or none; a refusal is shown at the input it names, with everything typed kept.
 */
@Controller
class HuddlePage {

    private static final String PAGE = "huddle";

    private final ReadYourWrites reads;
    private final People people;
    private final Clock clock;

    HuddlePage(ReadYourWrites reads, People people, Clock clock) {
        this.reads = reads;
        this.people = people;
        this.clock = clock;
    }

    @GetMapping("/teams/{teamId}/huddle")
    String huddle(@PathVariable TeamId teamId, Principal signedIn, Model model) {
        TeamView team = reads.now(new FindTeam(teamId), TeamView.class);
        TeamPlan plan = plan(teamId);
        List<PriorityView> open = plan.priorities().stream().filter(p -> !p.status().isClosed()).toList();
        LocalDate today = LocalDate.now(clock);
        HuddleForm form = HuddleForm.fresh(today, attendees(team, signedIn), open, kpis(plan));
        return page(team, plan, form, signedIn, model);
    }

    @PostMapping("/teams/{teamId}/huddle")
    String hold(@PathVariable TeamId teamId, @ModelAttribute HuddleForm form,
                @RequestParam(required = false) String addStuckRow, Principal signedIn, Model model) {
        TeamView team = reads.now(new FindTeam(teamId), TeamView.class);
        if (addStuckRow != null) {
            return page(team, plan(teamId), form.withAnotherStuckRow(), signedIn, model);
        }
        HuddleForm.Draft draft;
        try {
            draft = form.draft(new HuddleId(UUID.randomUUID().toString()), teamId, new PersonId(signedIn.getName()));
        } catch (UnreadableInput unreadable) {
            model.addAttribute("refusal", unreadable.refusal());
            return page(team, plan(teamId), form, signedIn, model);
        }
        try {
            reads.send(draft.command());
            return "redirect:/teams/" + teamId + "?quarter=" + Quarter.of(draft.command().date());
        } catch (CommandExecutionException refused) {
            model.addAttribute("refusal", draft.placed(Refusals.of(refused)));
            return page(team, plan(teamId), form, signedIn, model);
        }
    }

    private String page(TeamView team, TeamPlan plan, HuddleForm form, Principal signedIn, Model model) {
        model.addAttribute("team", team);
        model.addAttribute("form", form);
        model.addAttribute("facilitator", signedIn.getName());
        model.addAttribute("people", TeamChoices.owners(team));
        model.addAttribute("attendees", attendees(team, signedIn));
        model.addAttribute("names", People.namesOf(people.everyone()));
        model.addAttribute("priorities", Pages.prioritiesById(plan));
        model.addAttribute("openPriorities", plan.priorities().stream().filter(p -> !p.status().isClosed()).toList());
        model.addAttribute("metrics", Pages.metricsById(plan));
        model.addAttribute("carried", reads.now(new GetTeamHuddles(team.id(), plan.quarter()), TeamHuddles.class)
                .openStuckItems());
        model.addAttribute("reportable", PriorityStatus.REPORTABLE.stream().map(Enum::name).toList());
        model.addAttribute("cascade", reads.now(new GetHuddleCascade(team.id()), HuddleCascade.class));
        return PAGE;
    }

    private TeamPlan plan(TeamId teamId) {
        return reads.now(new GetTeamPlan(teamId, Quarter.of(LocalDate.now(clock))), TeamPlan.class);
    }

    private static List<MetricSummary> kpis(TeamPlan plan) {
        return plan.metrics().stream().filter(metric -> !metric.retired()).toList();
    }

    /** Everyone but the facilitator, who takes part anyway. */
    private static List<PersonId> attendees(TeamView team, Principal signedIn) {
        return TeamChoices.owners(team).stream().filter(person -> !person.value().equals(signedIn.getName())).toList();
    }
}
