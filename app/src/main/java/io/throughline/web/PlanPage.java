package io.throughline.web;

import io.throughline.kernel.AnnualGoalId;
import io.throughline.kernel.plan.AnnualPlan;
import io.throughline.kernel.plan.ChangeAnnualGoal;
import io.throughline.kernel.plan.DefineAnnualGoal;
import io.throughline.kernel.plan.GetAnnualPlan;
import io.throughline.kernel.plan.RetireAnnualGoal;
import io.throughline.kernel.plan.SetLastingPlan;
import io.throughline.kernel.team.FindTeam;
import io.throughline.kernel.team.TeamId;
import io.throughline.kernel.team.TeamView;
import org.axonframework.commandhandling.CommandExecutionException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * {@code /teams/{id}/plan}: the layer of the team's One Page Plan above the quarter. The lasting parts (core values,
 * purpose, the long-range target, the 3-5-year targets) with their form, and the annual goals of a year, each with the
 * priorities of the year's quarters that serve it, with forms to add, rename and retire them.
 */
@Controller
class PlanPage {

    static final String VIEW = "plan";

    private final ReadYourWrites reads;
    private final Clock clock;

    PlanPage(ReadYourWrites reads, Clock clock) {
        this.reads = reads;
        this.clock = clock;
    }

    @GetMapping("/teams/{teamId}/plan")
    String plan(@PathVariable TeamId teamId, @RequestParam(required = false) Integer year, Model model) {
        int thisYear = LocalDate.now(clock).getYear();
        int shown = year == null ? thisYear : year;
        model.addAttribute("team", reads.now(new FindTeam(teamId), TeamView.class));
        model.addAttribute("year", shown);
        // last year to review, this one, and next to plan ahead; a year asked for by link is offered too
        model.addAttribute("years", IntStream.rangeClosed(Math.min(shown, thisYear - 1), Math.max(shown, thisYear + 1))
                .boxed().toList());
        model.addAttribute("annualPlan", reads.now(new GetAnnualPlan(teamId, shown), AnnualPlan.class));
        return VIEW;
    }

    @PostMapping("/teams/{teamId}/plan/lasting")
    String setLasting(@PathVariable TeamId teamId, @RequestParam int year,
                      @RequestParam(required = false) String coreValues, @RequestParam(required = false) String purpose,
                      @RequestParam(required = false) String bhag, @RequestParam(required = false) String longRangeTargets,
                      @RequestParam(required = false) String reason, Model model) {
        return send(teamId, year, "lasting", "The lasting plan is saved", Map.of("coreValues", Pages.orEmpty(coreValues),
                        "purpose", Pages.orEmpty(purpose), "bhag", Pages.orEmpty(bhag),
                        "longRangeTargets", Pages.orEmpty(longRangeTargets), "reason", Pages.orEmpty(reason)), model,
                new SetLastingPlan(teamId, lines(coreValues), Pages.orEmpty(purpose), Pages.orEmpty(bhag),
                        lines(longRangeTargets), reason));
    }

    @PostMapping("/teams/{teamId}/annual-goals")
    String define(@PathVariable TeamId teamId, @RequestParam int year, @RequestParam(required = false) String title,
                  @RequestParam(required = false) String description, Model model) {
        return send(teamId, year, "define", "Annual goal added", Map.of("title", Pages.orEmpty(title),
                        "description", Pages.orEmpty(description)), model,
                new DefineAnnualGoal(new AnnualGoalId(UUID.randomUUID().toString()), teamId, year, title, description));
    }

    @PostMapping("/teams/{teamId}/annual-goals/{goalId}/change")
    String change(@PathVariable TeamId teamId, @PathVariable AnnualGoalId goalId, @RequestParam int year,
                  @RequestParam(required = false) String title, @RequestParam(required = false) String description,
                  @RequestParam(required = false) String reason, Model model) {
        return send(teamId, year, "change " + goalId, "Annual goal changed", Map.of("title", Pages.orEmpty(title),
                        "description", Pages.orEmpty(description), "reason", Pages.orEmpty(reason)), model,
                new ChangeAnnualGoal(goalId, teamId, Pages.orEmpty(title), Pages.orEmpty(description), reason));
    }

    @PostMapping("/teams/{teamId}/annual-goals/{goalId}/retire")
    String retire(@PathVariable TeamId teamId, @PathVariable AnnualGoalId goalId, @RequestParam int year,
                  @RequestParam(required = false) String reason, Model model) {
        return send(teamId, year, "retire " + goalId, "Annual goal retired", Map.of("reason", Pages.orEmpty(reason)),
                model, new RetireAnnualGoal(goalId, teamId, reason));
    }

    /** Sends the form's command: on success back to the page (PRG), refused the page with why and what was typed. */
    private String send(TeamId teamId, int year, String form, String confirmation, Map<String, String> typed,
                        Model model, Object command) {
        try {
            reads.send(command);
            return Notice.redirect("/teams/" + teamId + "/plan?year=" + year, confirmation);
        } catch (CommandExecutionException refused) {
            model.addAttribute("refusal", Refusals.of(refused));
            model.addAttribute("failedForm", form);
            model.addAttribute("typed", typed);
            return plan(teamId, year, model);
        }
    }

    /** One entry a line; blank lines are no entries. An empty field empties the list. */
    private static List<String> lines(String typed) {
        return typed == null ? List.of() : Arrays.stream(typed.split("\\R")).map(String::strip)
                .filter(line -> !line.isEmpty()).toList();
    }
}
