package io.throughline.web.decision;

import io.throughline.kernel.PersonId;
import io.throughline.kernel.Quarter;
import io.throughline.kernel.decision.DecisionId;
import io.throughline.kernel.decision.DecisionMode;
import io.throughline.kernel.decision.DecisionRights;
import io.throughline.kernel.decision.DefineDecisionRight;
import io.throughline.kernel.decision.GetDecisionRights;
import io.throughline.kernel.decision.GetTeamDecisions;
import io.throughline.kernel.decision.HolderRole;
import io.throughline.kernel.decision.RecordDecision;
import io.throughline.kernel.decision.RevokeDecisionRight;
import io.throughline.kernel.decision.TeamDecisions;
import io.throughline.kernel.plan.GetTeamPlan;
import io.throughline.kernel.plan.TeamPlan;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.team.FindTeam;
import io.throughline.kernel.team.TeamId;
import io.throughline.kernel.team.TeamView;
import io.throughline.web.Notice;
import io.throughline.web.People;
import io.throughline.web.ReadYourWrites;
import io.throughline.web.Refusals;
import org.axonframework.commandhandling.CommandExecutionException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * {@code /teams/{id}/decisions}: the team's decision-rights matrix (define, change, revoke), recording a decision taken
 * by the signed-in person, and the log, newest first, where a flagged decision says in words who lacked the right.
 */
@Controller
class DecisionsPage {


    private final ReadYourWrites reads;
    private final People people;
    private final Clock clock;

    DecisionsPage(ReadYourWrites reads, People people, Clock clock) {
        this.reads = reads;
        this.people = people;
        this.clock = clock;
    }

    @GetMapping("/teams/{teamId}/decisions")
    String decisions(@PathVariable TeamId teamId, Model model) {
        TeamView team = reads.now(new FindTeam(teamId), TeamView.class);
        People.Names names = people.names();
        TeamDecisions log = reads.now(new GetTeamDecisions(teamId), TeamDecisions.class);
        DecisionRights rights = reads.now(new GetDecisionRights(teamId), DecisionRights.class);
        model.addAttribute("team", team);
        model.addAttribute("rights", rights);
        model.addAttribute("log", log.decisions().stream().map(decision -> new Entry(decision,
                LocalDate.ofInstant(decision.recordedAt(), clock.getZone()),
                decision.flagged() ? deciders(rights, decision.category(), names) : null)).toList());
        model.addAttribute("people", Stream.concat(Stream.ofNullable(team.leadId()), team.members().stream())
                .distinct().toList());
        model.addAttribute("leadersAbove", leadersAbove(team));
        model.addAttribute("priorities", reads.now(new GetTeamPlan(teamId, Quarter.of(LocalDate.now(clock))),
                TeamPlan.class).priorities());
        model.addAttribute("modes", DecisionMode.values());
        model.addAttribute("names", names);
        return "decision/decisions";
    }

    @PostMapping("/teams/{teamId}/decision-rights")
    String define(@PathVariable TeamId teamId, @RequestParam(required = false) String category,
                  @RequestParam(required = false) String holder, @RequestParam(required = false) DecisionMode mode,
                  Model model) {
        Holder named = Holder.parse(holder);
        return sent(new DefineDecisionRight(teamId, category, named.role(), named.person(), mode), "right",
                "Decision right defined", teamId,
                Map.of("category", orEmpty(category), "holder", orEmpty(holder)), model);
    }

    /** Revokes the right once the leader ticked "Yes, revoke it"; nothing is sent otherwise. */
    @PostMapping("/teams/{teamId}/decision-rights/revoke")
    String revoke(@PathVariable TeamId teamId, @RequestParam String category, @RequestParam String holder,
                  @RequestParam(defaultValue = "false") boolean confirmed, Model model) {
        if (!confirmed) {
            // Named as the template names each holder's form, which comes back open with the message.
            model.addAttribute("failedForm", "revoke " + category + " " + holder);
            model.addAttribute("refusal", Refusals.unconfirmed("Yes, revoke it"));
            return decisions(teamId, model);
        }
        Holder named = Holder.parse(holder);
        return sent(new RevokeDecisionRight(teamId, category, named.role(), named.person()), "revoke",
                "Decision right revoked", teamId,
                Map.of(), model);
    }

    @PostMapping("/teams/{teamId}/decisions")
    String record(@PathVariable TeamId teamId, @RequestParam(required = false) String category,
                  @RequestParam(required = false) String title, @RequestParam(required = false) String decision,
                  @RequestParam(required = false) List<PersonId> consulted,
                  @RequestParam(required = false) String relatedPriorityId, Principal signedIn, Model model) {
        PriorityId priority = relatedPriorityId == null || relatedPriorityId.isBlank() ? null
                : new PriorityId(relatedPriorityId);
        return sent(new RecordDecision(new DecisionId(UUID.randomUUID().toString()), teamId, category, title, decision,
                        new PersonId(signedIn.getName()), consulted == null ? List.of() : consulted, priority),
                "decision", "Decision recorded", teamId, Map.of("category", orEmpty(category), "title", orEmpty(title),
                        "decision", orEmpty(decision)), model);
    }

    private String sent(Object command, String form, String confirmation, TeamId teamId, Map<String, String> typed,
                        Model model) {
        try {
            reads.send(command);
            return Notice.redirect("/teams/" + teamId + "/decisions", confirmation);
        } catch (CommandExecutionException refused) {
            model.addAttribute("failedForm", form);
            model.addAttribute("refusal", Refusals.of(refused));
            model.addAttribute("typed", typed);
            return decisions(teamId, model);
        }
    }

    /** Who may be given a right besides the team's own people: the leads of the teams above, nearest first. */
    private List<PersonId> leadersAbove(TeamView team) {
        List<PersonId> leaders = new ArrayList<>();
        for (TeamId above = team.parentTeamId(); above != null; ) {
            TeamView parent = reads.now(new FindTeam(above), TeamView.class);
            if (parent.leadId() != null && !leaders.contains(parent.leadId())) {
                leaders.add(parent.leadId());
            }
            above = parent.parentTeamId();
        }
        return leaders;
    }

    /**
     * Who decides the category now, in words ("Mona Marsh and the team lead"), for the flag of a decision recorded
     * without the right; "no one" while no one holds it.
     */
    private static String deciders(DecisionRights rights, String category, People.Names names) {
        List<String> holders = rights.categories().stream().filter(c -> c.category().equals(category))
                .flatMap(c -> c.decide().stream())
                .map(h -> h.role() == null ? names.of(h.personId())
                        : h.role() == HolderRole.LEAD ? "the team lead" : "any member of the team")
                .toList();
        return holders.isEmpty() ? "no one" : String.join(" and ", holders);
    }

    private static String orEmpty(String typed) {
        return typed == null ? "" : typed;
    }

    /**
     * A decision in the log and the day it was recorded; for one recorded without the right to decide, who holds
     * that right now ({@code deciders}, null when it is not flagged).
     */
    record Entry(TeamDecisions.Decision decision, LocalDate day, String deciders) {
    }

    /** A right's holder as a form's choice sends it: {@code role:LEAD}, {@code role:MEMBER} or {@code person:tom}. */
    record Holder(HolderRole role, PersonId person) {

        static Holder parse(String value) {
            if (value == null || value.isBlank()) {
                return new Holder(null, null);
            }
            if (value.startsWith("role:")) {
                return new Holder(HolderRole.valueOf(value.substring(5)), null);
            }
            return new Holder(null, new PersonId(value.substring(value.indexOf(':') + 1)));
        }
    }
}
