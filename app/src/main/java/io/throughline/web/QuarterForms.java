package io.throughline.web;

import io.throughline.kernel.PersonId;
import io.throughline.kernel.Quarter;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.quarter.CloseQuarter;
import io.throughline.kernel.quarter.QuarterDecision;
import io.throughline.kernel.quarter.QuarterOutcome;
import io.throughline.kernel.quarter.ReopenQuarter;
import io.throughline.kernel.team.TeamId;
import org.axonframework.commandhandling.CommandExecutionException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The team page's "Close the quarter" form (one outcome per open priority, its reflection, and for a carry-over the
 * next quarter's title and owner) and the reopen form of a closed quarter. A refusal comes back in the form, the
 * decision at fault marked.
 */
@Controller
class QuarterForms {

    private final ReadYourWrites reads;
    private final TeamPageModel page;

    QuarterForms(ReadYourWrites reads, TeamPageModel page) {
        this.reads = reads;
        this.page = page;
    }

    @PostMapping("/teams/{teamId}/quarters/{quarter}/close")
    String close(@PathVariable TeamId teamId, @PathVariable Quarter quarter,
                 @RequestParam MultiValueMap<String, String> form, Model model) {
        List<QuarterDecision> decisions = new ArrayList<>();
        for (String priority : form.getOrDefault("priorityId", List.of())) {
            String outcome = form.getFirst("outcome-" + priority);
            String owner = form.getFirst("nextOwnerId-" + priority);
            decisions.add(new QuarterDecision(new PriorityId(priority),
                    outcome == null || outcome.isBlank() ? null : QuarterOutcome.valueOf(outcome),
                    form.getFirst("reflection-" + priority), blankAsNull(form.getFirst("nextQuarterTitle-" + priority)),
                    owner == null || owner.isBlank() ? null : new PersonId(owner)));
        }
        return sent(teamId, quarter, "close", new CloseQuarter(teamId, quarter, decisions),
                "The quarter is closed", form.toSingleValueMap(), model);
    }

    @PostMapping("/teams/{teamId}/quarters/{quarter}/reopen")
    String reopen(@PathVariable TeamId teamId, @PathVariable Quarter quarter,
                  @RequestParam(required = false) String reason, Model model) {
        return sent(teamId, quarter, "reopen", new ReopenQuarter(teamId, quarter, reason), "The quarter is open again",
                reason == null ? Map.of() : Map.of("reason", reason), model);
    }

    private String sent(TeamId teamId, Quarter quarter, String formName, Object command, String confirmation,
                        Map<String, String> typed, Model model) {
        try {
            reads.send(command);
            return Notice.redirect("/teams/" + teamId + "?quarter=" + quarter, confirmation);
        } catch (CommandExecutionException refused) {
            model.addAttribute("refusal", Refusals.of(refused));
            model.addAttribute("failedForm", formName);
            model.addAttribute("typed", typed);
            return page.fill(teamId, quarter, model);
        }
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
