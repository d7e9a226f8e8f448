package io.throughline.web;

import io.throughline.kernel.Quarter;
import io.throughline.kernel.huddle.ResolveStuckItem;
import io.throughline.kernel.huddle.StuckItemId;
import io.throughline.kernel.priority.FindPriority;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.priority.PriorityStatus;
import io.throughline.kernel.priority.PriorityView;
import io.throughline.kernel.priority.UpdatePriorityStatus;
import io.throughline.kernel.team.TeamId;
import org.axonframework.commandhandling.CommandExecutionException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /teams/{id}}: the team's One Page Plan for a quarter, its priorities with an inline status report, its last
 * huddle and open stuck items, and its scorecard. A status report sent with htmx answers the priority's row alone;
 * without JavaScript, the whole page.
 */
@Controller
class TeamPage {

    private static final String ROW = "team :: priority-row";

    private final ReadYourWrites reads;
    private final TeamPageModel page;

    TeamPage(ReadYourWrites reads, TeamPageModel page) {
        this.reads = reads;
        this.page = page;
    }

    @GetMapping("/teams/{teamId}")
    String team(@PathVariable TeamId teamId, @RequestParam(required = false) Quarter quarter, Model model) {
        return page.fill(teamId, quarter, model);
    }

    /** Closes a stuck item; refused (no resolution given, resolved already), the page says why next to its form. */
    @PostMapping("/teams/{teamId}/stuck/{itemId}/resolve")
    String resolve(@PathVariable TeamId teamId, @PathVariable StuckItemId itemId, @RequestParam Quarter quarter,
                   @RequestParam(required = false) String resolution, Model model) {
        try {
            reads.send(new ResolveStuckItem(teamId, itemId, resolution));
            return "redirect:/teams/" + teamId + "?quarter=" + quarter;
        } catch (CommandExecutionException refused) {
            model.addAttribute("resolveRefusal", Refusals.of(refused));
            model.addAttribute("resolving", itemId);
            model.addAttribute("typedResolution", resolution);
            return team(teamId, quarter, model);
        }
    }

    @PostMapping("/teams/{teamId}/priorities/{priorityId}/status")
    String reportStatus(@PathVariable TeamId teamId, @PathVariable PriorityId priorityId,
                        @RequestParam(required = false) PriorityStatus status, @RequestParam(required = false) String comment,
                        @RequestParam(required = false) Integer confidence,
                        @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        PriorityView priority;
        try {
            reads.send(new UpdatePriorityStatus(priorityId, status, comment, confidence, null));
            priority = reads.now(new FindPriority(priorityId), PriorityView.class);
        } catch (CommandExecutionException refused) {
            model.addAttribute("refusal", Refusals.of(refused));
            model.addAttribute("failedForm", "status " + priorityId);
            model.addAttribute("typedComment", comment);
            model.addAttribute("typedConfidence", confidence);
            priority = reads.now(new FindPriority(priorityId), PriorityView.class);
        }
        if (htmx == null) {
            return model.containsAttribute("refusal") ? team(teamId, priority.quarter(), model)
                    : "redirect:/teams/" + teamId + "?quarter=" + priority.quarter();
        }
        model.addAttribute("priority", priority);
        model.addAttribute("statuses", PriorityStatus.values());
        return ROW;
    }
}
