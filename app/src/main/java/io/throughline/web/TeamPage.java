package io.throughline.web;

import io.throughline.kernel.Quarter;
import io.throughline.kernel.huddle.ResolveStuckItem;
import io.throughline.kernel.huddle.StuckItemId;
import io.throughline.kernel.priority.FindPriority;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.priority.PriorityStatus;
import io.throughline.kernel.priority.PriorityView;
import io.throughline.kernel.priority.ReinstatePriority;
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
 * huddle and open stuck items, and its scorecard. A status report or reinstatement sent with htmx answers the
 * priority's row alone; without JavaScript, the whole page.
 */
@Controller
class TeamPage {

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
            return Notice.redirect("/teams/" + teamId + "?quarter=" + quarter, "Stuck item resolved");
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
        return inRow(teamId, priorityId, "status", "Status reported", comment, confidence, htmx, model,
                new UpdatePriorityStatus(priorityId, status, comment, confidence, null));
    }

    /** A completed or dropped priority back in play, from its row: it takes status reports again. */
    @PostMapping("/teams/{teamId}/priorities/{priorityId}/reinstate")
    String reinstate(@PathVariable TeamId teamId, @PathVariable PriorityId priorityId,
                     @RequestParam(required = false) String reason,
                     @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        return inRow(teamId, priorityId, "reinstate", "Priority reinstated", reason, null, htmx, model,
                new ReinstatePriority(priorityId, reason, null));
    }

    /**
     * Sends a form of a priority's row. With htmx the row alone answers, confirmed or with why it was refused; without,
     * the whole page: after a redirect when it succeeded, at once with the refusal when not.
     */
    private String inRow(TeamId teamId, PriorityId priorityId, String form, String confirmation, String typedText,
                         Integer typedConfidence, String htmx, Model model, Object command) {
        try {
            reads.send(command);
        } catch (CommandExecutionException refused) {
            model.addAttribute("refusal", Refusals.of(refused));
            model.addAttribute("failedForm", form + " " + priorityId);
            model.addAttribute("typedComment", typedText);
            model.addAttribute("typedConfidence", typedConfidence);
        }
        PriorityView priority = reads.now(new FindPriority(priorityId), PriorityView.class);
        boolean refused = model.containsAttribute("refusal");
        if (htmx == null) {
            return refused ? team(teamId, priority.quarter(), model)
                    : Notice.redirect("/teams/" + teamId + "?quarter=" + priority.quarter(), confirmation);
        }
        if (!refused) {
            Notice.now(confirmation);
        }
        return page.row(priority, model);
    }
}
