package io.throughline.web;

import io.throughline.kernel.AnnualGoalId;
import io.throughline.kernel.PersonId;
import io.throughline.kernel.audit.GetPriorityHistory;
import io.throughline.kernel.audit.PriorityHistory;
import io.throughline.kernel.priority.AddMilestone;
import io.throughline.kernel.priority.ChangeMilestone;
import io.throughline.kernel.priority.CompleteMilestone;
import io.throughline.kernel.priority.GetMilestonePlan;
import io.throughline.kernel.priority.MilestoneId;
import io.throughline.kernel.priority.MilestonePlan;
import io.throughline.kernel.priority.MilestoneView;
import io.throughline.kernel.priority.RemoveMilestone;
import io.throughline.kernel.priority.ChangePriority;
import io.throughline.kernel.priority.ContributeToPriority;
import io.throughline.kernel.priority.GetLateralAlignment;
import io.throughline.kernel.priority.LateralAlignment;
import io.throughline.kernel.priority.StopContributingToPriority;
import io.throughline.kernel.priority.CompletePriority;
import io.throughline.kernel.priority.DropPriority;
import io.throughline.kernel.priority.FindPriority;
import io.throughline.kernel.priority.ListAlignedPriorities;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.priority.PriorityStatus;
import io.throughline.kernel.priority.PriorityView;
import io.throughline.kernel.priority.RealignPriority;
import io.throughline.kernel.priority.ReassignPriority;
import io.throughline.kernel.priority.ReinstatePriority;
import io.throughline.kernel.priority.ServeAnnualGoal;
import io.throughline.kernel.priority.UpdatePriorityStatus;
import io.throughline.kernel.priority.WeighPriority;
import io.throughline.kernel.progress.GetPriorityProgress;
import io.throughline.kernel.progress.PriorityProgress;
import io.throughline.kernel.team.FindTeam;
import io.throughline.kernel.team.TeamId;
import io.throughline.kernel.team.TeamView;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code /priorities/{id}}: every field of a priority, what a leader can do to it (report its status with a
 * confidence, change, reassign, realign, complete, drop, reinstate), its milestones, what it contributes to beside
 * its parent and what contributes to it, the owner's confidence over time, and its history
 * — who did what, when, why, before → after. Every action carries the version the leader saw: if someone changed the
 * priority meanwhile, nothing is stored and the page says so, showing the current values beside what the leader typed.
 */
@Controller
class PriorityPage {

    private static final String PAGE = "priority";

    /** What the page calls the fields a refusal may name. */
    private static final Map<String, String> FIELD_LABELS = Map.ofEntries(Map.entry("status", "Status"),
            Map.entry("comment", "Comment"), Map.entry("confidence", "Confidence"), Map.entry("title", "Title"),
            Map.entry("successCriterion", "Success criterion"), Map.entry("dueDate", "Due"),
            Map.entry("newOwnerId", "New owner"), Map.entry("reason", "Why"), Map.entry("newParentPriorityId", "Serves"),
            Map.entry("annualGoalId", "Annual goal"),
            Map.entry("ownerId", "Carried by"), Map.entry("milestoneId", "Milestone"),
            Map.entry("priorityId", "Contributes to"), Map.entry("weight", "Weight in what it serves"),
            Map.entry("milestonesWeight", "Weight of its milestones"),
            Map.entry(Refusals.CONFIRMED, "Confirmation"));

    private final QueryGateway queries;
    private final ReadYourWrites reads;
    private final TeamChoices choices;
    private final PriorityHistoryPart historyPart;
    private final Clock clock;

    PriorityPage(QueryGateway queries, ReadYourWrites reads, TeamChoices choices, PriorityHistoryPart historyPart,
                 Clock clock) {
        this.queries = queries;
        this.reads = reads;
        this.choices = choices;
        this.historyPart = historyPart;
        this.clock = clock;
    }

    @GetMapping("/priorities/{priorityId}")
    String priority(@PathVariable PriorityId priorityId,
                    @RequestParam(name = "oldest-first", defaultValue = "false") boolean oldestFirst,
                    @RequestParam(name = "contribute-team", required = false) TeamId contributeTeam, Model model) {
        PriorityView priority = reads.now(new FindPriority(priorityId), PriorityView.class);
        TeamView team = reads.now(new FindTeam(priority.teamId()), TeamView.class);
        model.addAttribute("priority", priority);
        model.addAttribute("team", team);
        model.addAttribute("parent", priority.parentPriorityId() == null ? null
                : reads.now(new FindPriority(priority.parentPriorityId()), PriorityView.class));
        model.addAttribute("children", queries.query(new ListAlignedPriorities(priorityId),
                ResponseTypes.multipleInstancesOf(PriorityView.class)).join());
        model.addAttribute("owners", TeamChoices.owners(team));
        model.addAttribute("milestones", queries.query(new GetMilestonePlan(priorityId), MilestonePlan.class).join());
        model.addAttribute("progress", reads.now(new GetPriorityProgress(priorityId), PriorityProgress.class));
        model.addAttribute("parentCandidates", choices.parentCandidates(team, priority.quarter()));
        List<TeamView> selfAndAbove = choices.selfAndAbove(team);
        TeamChoices.AnnualGoals annualGoals = choices.annualGoals(selfAndAbove, priority.quarter());
        model.addAttribute("annualGoal", annualGoals.find(priority.annualGoalId()).orElse(null));
        model.addAttribute("annualGoalChoices", annualGoals.standing());
        model.addAttribute("contributeTeam", contributeTeam);
        model.addAttribute("lateral", queries.query(new GetLateralAlignment(priorityId, contributeTeam),
                LateralAlignment.class).join());
        // The forms follow PriorityPolicy: its owner reports, completes and plans milestones; changing, reassigning,
        // realigning (laterally too) and dropping are for a leader of its team or of one above.
        model.addAttribute("mayLead", TeamRights.leadsAtOrAbove(selfAndAbove));
        model.addAttribute("mayReport", TeamRights.ownsOrLeads(selfAndAbove, priority.ownerId()));
        PriorityHistory history = reads.now(new GetPriorityHistory(priorityId), PriorityHistory.class);
        model.addAttribute("history", history);
        model.addAttribute("reasonRequired", reasonRequired(priority, history));
        historyPart.addTo(model, priority, history, oldestFirst);
        model.addAttribute("confidence", ConfidenceTrail.of(history));
        model.addAttribute("statuses", PriorityStatus.REPORTABLE);
        model.addAttribute("fieldLabels", FIELD_LABELS);
        return PAGE;
    }

    @PostMapping("/priorities/{priorityId}/status")
    String report(@PathVariable PriorityId priorityId, @RequestParam long version,
                  @RequestParam(required = false) PriorityStatus status, @RequestParam(required = false) String comment,
                  @RequestParam(required = false) Integer confidence, Model model) {
        Map<String, String> typed = Map.of("status", status == null ? "" : status.name(), "comment",
                Pages.orEmpty(comment), "confidence", confidence == null ? "" : confidence.toString());
        return act(priorityId, "status", "Status reported", typed, model,
                new UpdatePriorityStatus(priorityId, status, comment, confidence, version));
    }

    @PostMapping("/priorities/{priorityId}/change")
    String change(@PathVariable PriorityId priorityId, @RequestParam long version, @RequestParam String title,
                  @RequestParam(required = false) String successCriterion,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate,
                  @RequestParam(required = false) String reason, Model model) {
        return act(priorityId, "change", "Priority changed", Map.of("title", title, "successCriterion", Pages.orEmpty(successCriterion),
                "dueDate", dueDate == null ? "" : dueDate.toString(), "reason", Pages.orEmpty(reason)), model,
                new ChangePriority(priorityId, title, null, blankAsUnchanged(successCriterion), dueDate, reason, version));
    }

    @PostMapping("/priorities/{priorityId}/reassign")
    String reassign(@PathVariable PriorityId priorityId, @RequestParam long version,
                    @RequestParam(required = false) PersonId newOwnerId, @RequestParam(required = false) String reason,
                    Model model) {
        return act(priorityId, "reassign", "Priority reassigned", Map.of("newOwnerId", newOwnerId == null ? "" : newOwnerId.value(),
                        "reason", Pages.orEmpty(reason)), model,
                new ReassignPriority(priorityId, newOwnerId, reason, version));
    }

    @PostMapping("/priorities/{priorityId}/realign")
    String realign(@PathVariable PriorityId priorityId, @RequestParam long version,
                   @RequestParam(required = false) String newParentPriorityId, @RequestParam(required = false) String reason,
                   Model model) {
        return act(priorityId, "realign", "Priority realigned", Map.of("newParentPriorityId", Pages.orEmpty(newParentPriorityId),
                        "reason", Pages.orEmpty(reason)), model,
                new RealignPriority(priorityId, Pages.idOrNone(newParentPriorityId, PriorityId::new), reason, version));
    }

    /** Weights typed as people write numbers; an unreadable one is refused naming its field, as the domain refuses. */
    @PostMapping("/priorities/{priorityId}/weights")
    String weigh(@PathVariable PriorityId priorityId, @RequestParam long version,
                 @RequestParam(required = false) String weight, @RequestParam(required = false) String milestonesWeight,
                 Model model) {
        Map<String, String> typed = Map.of("weight", Pages.orEmpty(weight), "milestonesWeight",
                Pages.orEmpty(milestonesWeight));
        try {
            return act(priorityId, "weights", "Weights saved", typed, model, new WeighPriority(priorityId,
                    KpiForm.number("weight", weight), KpiForm.number("milestonesWeight", milestonesWeight), version));
        } catch (UnreadableInput unreadable) {
            model.addAttribute("refusal", unreadable.refusal());
            refused("weights", typed, model);
            return pageAgain(priorityId, model);
        }
    }

    @PostMapping("/priorities/{priorityId}/annual-goal")
    String serveAnnualGoal(@PathVariable PriorityId priorityId, @RequestParam long version,
                           @RequestParam(required = false) String annualGoalId, @RequestParam(required = false) String reason,
                           Model model) {
        return act(priorityId, "annual-goal", "Annual goal changed", Map.of("annualGoalId", Pages.orEmpty(annualGoalId),
                        "reason", Pages.orEmpty(reason)), model,
                new ServeAnnualGoal(priorityId, Pages.idOrNone(annualGoalId, AnnualGoalId::new), reason, version));
    }

    /**
     * The page marks the reason of a change or realignment required as the priority itself will: once it has a status
     * report or half of its quarter has gone. The command still decides; this only spares a refused form.
     */
    private boolean reasonRequired(PriorityView priority, PriorityHistory history) {
        return priority.quarter().isPastHalfOn(LocalDate.now(clock))
                || history.entries().stream().anyMatch(entry -> "PriorityStatusUpdated".equals(entry.type()));
    }

    /** Closes the priority once the leader ticked "Yes, it is done": the page asks, JavaScript or not. */
    @PostMapping("/priorities/{priorityId}/complete")
    String complete(@PathVariable PriorityId priorityId, @RequestParam long version,
                    @RequestParam(required = false) String comment, @RequestParam(defaultValue = "false") boolean confirmed,
                    Model model) {
        Map<String, String> typed = Map.of("comment", Pages.orEmpty(comment));
        if (!confirmed) {
            return unconfirmed(priorityId, "complete", "Yes, it is done", typed, model);
        }
        return act(priorityId, "complete", "Priority completed", typed, model,
                new CompletePriority(priorityId, comment, version));
    }

    /** Drops the priority once the leader ticked "Yes, drop it". */
    @PostMapping("/priorities/{priorityId}/drop")
    String drop(@PathVariable PriorityId priorityId, @RequestParam long version,
                @RequestParam(required = false) String reason, @RequestParam(defaultValue = "false") boolean confirmed,
                Model model) {
        Map<String, String> typed = Map.of("reason", Pages.orEmpty(reason));
        if (!confirmed) {
            return unconfirmed(priorityId, "drop", "Yes, drop it", typed, model);
        }
        return act(priorityId, "drop", "Priority dropped", typed, model, new DropPriority(priorityId, reason, version));
    }

    @PostMapping("/priorities/{priorityId}/reinstate")
    String reinstate(@PathVariable PriorityId priorityId, @RequestParam long version,
                     @RequestParam(required = false) String reason, Model model) {
        return act(priorityId, "reinstate", "Priority reinstated", Map.of("reason", Pages.orEmpty(reason)), model,
                new ReinstatePriority(priorityId, reason, version));
    }

    @PostMapping("/priorities/{priorityId}/milestones")
    String addMilestone(@PathVariable PriorityId priorityId, @RequestParam long version,
                        @RequestParam(required = false) String title,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate,
                        @RequestParam(required = false) String ownerId, Model model) {
        return act(priorityId, "milestone-add", "Milestone added", Map.of("title", Pages.orEmpty(title),
                        "dueDate", dueDate == null ? "" : dueDate.toString(), "ownerId", Pages.orEmpty(ownerId)), model,
                new AddMilestone(priorityId, new MilestoneId(UUID.randomUUID().toString()), title, dueDate,
                        Pages.idOrNone(ownerId, PersonId::new), version));
    }

    /** Renames or re-dates: a field left as it was is sent as unchanged, so that only a new due date needs a reason. */
    @PostMapping("/priorities/{priorityId}/milestones/{milestoneId}/change")
    String changeMilestone(@PathVariable PriorityId priorityId, @PathVariable MilestoneId milestoneId,
                           @RequestParam long version, @RequestParam(required = false) String title,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate,
                           @RequestParam(required = false) String reason, Model model) {
        MilestoneView current = queries.query(new GetMilestonePlan(priorityId), MilestonePlan.class).join().milestones()
                .stream().filter(m -> m.id().equals(milestoneId)).findFirst().orElse(null);
        boolean renamed = current == null || !current.title().equals(Pages.orEmpty(title).strip());
        boolean moved = current == null || (dueDate != null && !dueDate.equals(current.dueDate()));
        return act(priorityId, "milestone-" + milestoneId, "Milestone changed", Map.of("title", Pages.orEmpty(title),
                        "dueDate", dueDate == null ? "" : dueDate.toString(), "reason", Pages.orEmpty(reason)), model,
                new ChangeMilestone(priorityId, milestoneId, renamed ? title : null, moved ? dueDate : null, reason,
                        version));
    }

    @PostMapping("/priorities/{priorityId}/milestones/{milestoneId}/complete")
    String completeMilestone(@PathVariable PriorityId priorityId, @PathVariable MilestoneId milestoneId,
                             @RequestParam long version, Model model) {
        return act(priorityId, "milestone-" + milestoneId, "Milestone done", Map.of(), model,
                new CompleteMilestone(priorityId, milestoneId, version));
    }

    /** Removes the milestone once the owner ticked "Yes, remove it": the history keeps it, the plan does not. */
    @PostMapping("/priorities/{priorityId}/milestones/{milestoneId}/remove")
    String removeMilestone(@PathVariable PriorityId priorityId, @PathVariable MilestoneId milestoneId,
                           @RequestParam long version, @RequestParam(defaultValue = "false") boolean confirmed,
                           Model model) {
        String action = "milestone-" + milestoneId + "-remove";
        if (!confirmed) {
            return unconfirmed(priorityId, action, "Yes, remove it", Map.of(), model);
        }
        return act(priorityId, action, "Milestone removed", Map.of(), model,
                new RemoveMilestone(priorityId, milestoneId, version));
    }

    @PostMapping("/priorities/{priorityId}/contributes-to")
    String contribute(@PathVariable PriorityId priorityId, @RequestParam long version,
                      @RequestParam(name = "priorityId", required = false) String target,
                      @RequestParam(name = "contribute-team", required = false) TeamId team, Model model) {
        model.addAttribute("contributeTeam", team);
        return act(priorityId, "contribute", "Now also contributes to it", Map.of("priorityId", Pages.orEmpty(target)),
                model, new ContributeToPriority(priorityId, Pages.idOrNone(target, PriorityId::new), version));
    }

    /** Ends a lateral link once the leader ticked "Yes, stop contributing", as the page's other removals ask. */
    @PostMapping("/priorities/{priorityId}/contributes-to/{targetPriorityId}/remove")
    String stopContributing(@PathVariable PriorityId priorityId, @PathVariable PriorityId targetPriorityId,
                            @RequestParam long version, @RequestParam(defaultValue = "false") boolean confirmed,
                            Model model) {
        String action = "contribution-" + targetPriorityId;
        if (!confirmed) {
            return unconfirmed(priorityId, action, "Yes, stop contributing", Map.of(), model);
        }
        return act(priorityId, action, "No longer contributes to it", Map.of(), model,
                new StopContributingToPriority(priorityId, targetPriorityId, version));
    }

    /** Sends the action; on success shows the page once it reflects it, otherwise the page with why and what was typed. */
    private String act(PriorityId priorityId, String action, String confirmation, Map<String, String> typed,
                       Model model, Object command) {
        try {
            reads.send(command);
            return Notice.redirect("/priorities/" + priorityId, confirmation);
        } catch (CommandExecutionException refused) {
            model.addAttribute("refusal", Refusals.of(refused));
        } catch (ConflictingAggregateVersionException stale) {
            model.addAttribute("refusal", new Refusals(null, "Someone else changed this priority while you were "
                    + "editing it. Nothing was stored: its current values are shown above; check them and send again."));
        }
        refused(action, typed, model);
        return pageAgain(priorityId, model);
    }

    /** Nothing is sent: the form comes back open, asking for the tick. */
    private String unconfirmed(PriorityId priorityId, String action, String tick, Map<String, String> typed,
                               Model model) {
        model.addAttribute("refusal", Refusals.unconfirmed(tick));
        refused(action, typed, model);
        return pageAgain(priorityId, model);
    }

    /** The page again after a refusal, with the team a refused contribution was chosen from (if it was one). */
    private String pageAgain(PriorityId priorityId, Model model) {
        return priority(priorityId, false, (TeamId) model.getAttribute("contributeTeam"), model);
    }

    /** The refused form comes back open with what was typed; the shared display (tl:refusal) reads failedForm. */
    private static void refused(String action, Map<String, String> typed, Model model) {
        model.addAttribute("failedAction", action);
        model.addAttribute("failedForm", action);
        model.addAttribute("typed", typed);
    }

    /** A field left blank in the form keeps its value: the command side reads an absent field as unchanged. */
    private static String blankAsUnchanged(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
