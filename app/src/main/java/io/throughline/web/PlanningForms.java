package io.throughline.web;

import io.throughline.kernel.AnnualGoalId;
import io.throughline.kernel.PersonId;
import io.throughline.kernel.Quarter;
import io.throughline.kernel.nudge.SetTeamWebhook;
import io.throughline.kernel.metric.MetricId;
import io.throughline.kernel.plan.FramePlan;
import io.throughline.kernel.plan.ReframePlan;
import io.throughline.kernel.priority.AssignPriority;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.team.AddTeamMember;
import io.throughline.kernel.team.AppointTeamLead;
import io.throughline.kernel.team.RegisterTeam;
import io.throughline.kernel.team.RemoveTeamMember;
import io.throughline.kernel.team.TeamId;
import org.axonframework.commandhandling.CommandExecutionException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The forms on a team's page that shape its plan: frame or reframe the quarter, assign a priority, define a KPI, add
 * a team below, appoint the lead, add a member. Each sends one command; on success the page shows the change once the
 * read model has it, on refusal the page comes back with the message next to the field and what was typed.
 */
@Controller
class PlanningForms {

    private final ReadYourWrites reads;
    private final TeamPageModel page;

    PlanningForms(ReadYourWrites reads, TeamPageModel page) {
        this.reads = reads;
        this.page = page;
    }

    @PostMapping("/teams/{teamId}/framing")
    String frame(@PathVariable TeamId teamId, @RequestParam Quarter quarter,
                 @RequestParam(defaultValue = "false") boolean framed,
                 @RequestParam(required = false) String purpose, @RequestParam(required = false) String outcome,
                 @RequestParam(required = false) String annualGoals, @RequestParam(required = false) String reason,
                 Model model) {
        List<String> goals = annualGoals == null ? null : Arrays.stream(annualGoals.split("\\R"))
                .map(String::strip).filter(goal -> !goal.isEmpty()).toList();
        return send(teamId, quarter, "framing", framed ? "Quarter reframed" : "Quarter framed", typed("purpose", purpose, "outcome", outcome, "annualGoals", annualGoals,
                "reason", reason), model, () -> {
            reads.send(framed ? new ReframePlan(teamId, quarter, purpose, outcome, goals, reason)
                    : new FramePlan(teamId, quarter, purpose, outcome, goals));
        });
    }

    @PostMapping("/teams/{teamId}/priorities")
    String assign(@PathVariable TeamId teamId, @RequestParam Quarter quarter, @RequestParam(required = false) String title,
                  @RequestParam(required = false) PersonId ownerId, @RequestParam(required = false) String successCriterion,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate,
                  @RequestParam(required = false) String parentPriorityId,
                  @RequestParam(required = false) String annualGoalId, Model model) {
        PriorityId priorityId = new PriorityId(UUID.randomUUID().toString());
        PriorityId parent = Pages.idOrNone(parentPriorityId, PriorityId::new);
        AnnualGoalId goal = Pages.idOrNone(annualGoalId, AnnualGoalId::new);
        return send(teamId, quarter, "assign", "Priority assigned", typed("title", title, "ownerId", ownerId, "successCriterion",
                successCriterion, "dueDate", dueDate, "parentPriorityId", parentPriorityId, "annualGoalId", annualGoalId),
                model, () -> {
            reads.send(new AssignPriority(priorityId, teamId, quarter, title, ownerId, successCriterion, dueDate, parent, goal));
        });
    }

    @PostMapping("/teams/{teamId}/metrics")
    String defineKpi(@PathVariable TeamId teamId, @RequestParam(required = false) Quarter quarter,
                     @ModelAttribute KpiForm kpi, Model model) {
        MetricId metricId = new MetricId(UUID.randomUUID().toString());
        try {
            return send(teamId, quarter, "kpi", "KPI defined", Map.of(), model, () -> reads.send(kpi.define(metricId, teamId)));
        } catch (UnreadableInput unreadable) {
            model.addAttribute("refusal", unreadable.refusal());
            model.addAttribute("failedForm", "kpi");
            return page.fill(teamId, quarter, model);
        }
    }

    @PostMapping("/teams/{teamId}/teams")
    String addTeamBelow(@PathVariable TeamId teamId, @RequestParam(required = false) Quarter quarter,
                        @RequestParam(required = false) String name, Model model) {
        TeamId newTeam = new TeamId(UUID.randomUUID().toString());
        String shown = send(teamId, quarter, "team", "Team added", typed("name", name), model, () -> {
            reads.send(new RegisterTeam(newTeam, name, teamId));
        });
        return model.containsAttribute("refusal") ? shown : "redirect:/teams/" + newTeam;
    }

    @PostMapping("/teams/{teamId}/lead")
    String appointLead(@PathVariable TeamId teamId, @RequestParam(required = false) Quarter quarter,
                       @RequestParam(required = false) PersonId personId, Model model) {
        return send(teamId, quarter, "lead", "Lead appointed", typed("personId", personId), model, () -> {
            reads.send(new AppointTeamLead(teamId, personId));
        });
    }

    @PostMapping("/teams/{teamId}/members")
    String addMember(@PathVariable TeamId teamId, @RequestParam(required = false) Quarter quarter,
                     @RequestParam(required = false) PersonId personId, Model model) {
        return send(teamId, quarter, "member", "Member added", typed("personId", personId), model, () -> {
            reads.send(new AddTeamMember(teamId, personId));
        });
    }

    /** As {@code PUT /api/teams/{id}/webhook} does. */
    @PostMapping("/teams/{teamId}/webhook")
    String setWebhook(@PathVariable TeamId teamId, @RequestParam(required = false) Quarter quarter,
                      @RequestParam(required = false) String url, Model model) {
        String confirmation = url == null || url.isBlank() ? "Chat webhook removed: nudges no longer go to the team's channel"
                : "Chat webhook saved: the nudges of people who chose chat go to the team's channel";
        return send(teamId, quarter, "webhook", confirmation, typed("url", url), model, () -> {
            reads.send(new SetTeamWebhook(teamId, url));
        });
    }

    @PostMapping("/teams/{teamId}/members/{personId}/remove")
    String removeMember(@PathVariable TeamId teamId, @PathVariable PersonId personId,
                        @RequestParam(required = false) Quarter quarter, Model model) {
        return send(teamId, quarter, "member", "Member removed", typed("personId", null), model, () -> {
            reads.send(new RemoveTeamMember(teamId, personId));
        });
    }

    private String send(TeamId teamId, Quarter quarter, String form, String confirmation, Map<String, String> typed,
                        Model model, Runnable sendAndShow) {
        try {
            sendAndShow.run();
            return Notice.redirect("/teams/" + teamId + (quarter == null ? "" : "?quarter=" + quarter), confirmation);
        } catch (CommandExecutionException refused) {
            model.addAttribute("refusal", Refusals.of(refused));
            model.addAttribute("failedForm", form);
            model.addAttribute("typed", typed);
            return page.fill(teamId, quarter, model);
        }
    }

    /** Field names and what was typed into them, alternately; left out shows as empty. */
    private static Map<String, String> typed(Object... namesAndValues) {
        Map<String, String> typed = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            typed.put((String) namesAndValues[i], namesAndValues[i + 1] == null ? "" : namesAndValues[i + 1].toString());
        }
        return typed;
    }
}
