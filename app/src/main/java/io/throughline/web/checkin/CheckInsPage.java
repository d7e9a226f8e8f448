package io.throughline.web.checkin;

import io.throughline.kernel.PersonId;
import io.throughline.kernel.Quarter;
import io.throughline.kernel.checkin.CheckInId;
import io.throughline.kernel.checkin.CheckInPhase;
import io.throughline.kernel.checkin.CheckInView;
import io.throughline.kernel.checkin.CommitmentView;
import io.throughline.kernel.checkin.CompleteCommitment;
import io.throughline.kernel.checkin.DirectReport;
import io.throughline.kernel.checkin.DropCommitment;
import io.throughline.kernel.checkin.GetDirectReports;
import io.throughline.kernel.checkin.GetOpenCommitments;
import io.throughline.kernel.checkin.ListCheckIns;
import io.throughline.kernel.checkin.OpenCommitments;
import io.throughline.kernel.checkin.Viewer;
import io.throughline.kernel.plan.GetTeamPlan;
import io.throughline.kernel.plan.TeamPlan;
import io.throughline.kernel.priority.FindPriority;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.priority.PriorityView;
import io.throughline.kernel.team.ListTeams;
import io.throughline.kernel.team.TeamView;
import io.throughline.web.Notice;
import io.throughline.web.People;
import io.throughline.web.ReadYourWrites;
import io.throughline.web.Refusals;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * {@code /check-ins}: the signed-in leader's 1-on-1 pairs (the people they coach and their own leader);
 * {@code /check-ins/{personId}}: the history of one pair, newest first, and the form to record the next check-in.
 * Who may read a check-in's notes is decided by the query side ({@link Viewer}), as for the API.
 */
@Controller
class CheckInsPage {

    /** Without the ROLE_ prefix: as {@link HttpServletRequest#isUserInRole} takes it. */
    private static final String AUDITOR = "AUDITOR";

    private final ReadYourWrites reads;
    private final QueryGateway queries;
    private final People people;
    private final Clock clock;

    CheckInsPage(ReadYourWrites reads, QueryGateway queries, People people, Clock clock) {
        this.reads = reads;
        this.queries = queries;
        this.people = people;
        this.clock = clock;
    }

    @GetMapping("/check-ins")
    String pairs(HttpServletRequest request, Model model) {
        PersonId me = signedIn(request);
        List<CommitmentView> mine = openCommitmentsOf(me);
        List<Pair> pairs = Stream.concat(
                leadersOf(me).stream().map(leader -> new Pair(leader, false, lastCheckIn(me, leader, request),
                        openWith(mine, leader))),
                directReports(me).stream().map(report -> new Pair(report.personId(), true, report.lastCheckIn(),
                        openWith(openCommitmentsOf(report.personId()), me)))).toList();
        model.addAttribute("pairs", pairs);
        model.addAttribute("names", people.names());
        return "checkin/pairs";
    }

    @GetMapping("/check-ins/{personId}")
    String history(@PathVariable PersonId personId, @RequestParam(required = false) String leaderId,
                   HttpServletRequest request, Model model) {
        return page(personId, personOrNone(leaderId), CheckInForm.fresh(LocalDate.now(clock)), request, model);
    }

    @PostMapping("/check-ins/{personId}")
    String record(@PathVariable PersonId personId, @ModelAttribute CheckInForm form, HttpServletRequest request,
                  Model model) {
        PersonId me = signedIn(request);
        try {
            reads.send(form.command(new CheckInId(UUID.randomUUID().toString()), me, personId));
            return Notice.redirect("/check-ins/" + personId, "1-on-1 recorded");
        } catch (CommandExecutionException refused) {
            model.addAttribute("failedForm", "check-in");
            model.addAttribute("refusal", Refusals.of(refused));
            return page(personId, null, form, request, model);
        }
    }

    @PostMapping("/check-ins/{personId}/{checkInId}/commitments/{number}/complete")
    String complete(@PathVariable PersonId personId, @PathVariable CheckInId checkInId, @PathVariable int number,
                    @RequestParam(required = false) String leaderId, HttpServletRequest request, Model model) {
        return change(new CompleteCommitment(checkInId, number), "Commitment completed", personId,
                personOrNone(leaderId), checkInId, number, request, model);
    }

    /** Drops the commitment once the leader ticked "Yes, drop it"; nothing is sent otherwise. */
    @PostMapping("/check-ins/{personId}/{checkInId}/commitments/{number}/drop")
    String drop(@PathVariable PersonId personId, @PathVariable CheckInId checkInId, @PathVariable int number,
                @RequestParam(required = false) String reason, @RequestParam(required = false) String leaderId,
                @RequestParam(defaultValue = "false") boolean confirmed, HttpServletRequest request, Model model) {
        if (!confirmed) {
            model.addAttribute("failedForm", commitmentForm(checkInId, number));
            model.addAttribute("refusal", Refusals.unconfirmed("Yes, drop it"));
            return page(personId, personOrNone(leaderId), CheckInForm.fresh(LocalDate.now(clock)), request, model);
        }
        return change(new DropCommitment(checkInId, number, reason), "Commitment dropped", personId,
                personOrNone(leaderId), checkInId, number, request, model);
    }

    private String change(Object command, String confirmation, PersonId personId, PersonId leaderId,
                          CheckInId checkInId, int number, HttpServletRequest request, Model model) {
        try {
            reads.send(command);
            return Notice.redirect("/check-ins/" + personId + (leaderId == null ? "" : "?leaderId=" + leaderId),
                    confirmation);
        } catch (CommandExecutionException refused) {
            model.addAttribute("failedForm", commitmentForm(checkInId, number));
            model.addAttribute("refusal", Refusals.of(refused));
            return page(personId, leaderId, CheckInForm.fresh(LocalDate.now(clock)), request, model);
        }
    }

    /** The form of a commitment's buttons: named by the commitment, as the template names it. */
    private static String commitmentForm(CheckInId checkInId, int number) {
        return "commitment " + checkInId + " " + number;
    }

    /**
     * The pair of {@code personId} with the signed-in leader, both ways round; or, with {@code leaderId}, the pair of
     * that leader and that person as anyone may look at it (without the notes, unless the query side says otherwise).
     */
    private String page(PersonId personId, PersonId leaderId, CheckInForm form, HttpServletRequest request,
                        Model model) {
        PersonId me = signedIn(request);
        PersonId leader = leaderId != null ? leaderId : me;
        Viewer viewer = viewer(request);
        List<CheckInView> history = Stream.concat(checkIns(personId, leader, viewer).stream(),
                        leaderId == null ? checkIns(me, personId, viewer).stream() : Stream.empty())
                .sorted(Comparator.comparing(CheckInView::date).reversed()).toList();
        boolean coaching = leaderId == null && directReports(me).stream().anyMatch(r -> r.personId().equals(personId));
        model.addAttribute("person", personId);
        model.addAttribute("leader", leader);
        model.addAttribute("leaderParam", leaderId);
        model.addAttribute("history", history);
        model.addAttribute("coaching", coaching);
        model.addAttribute("form", form);
        model.addAttribute("phases", CheckInPhase.values());
        model.addAttribute("prioritiesOfPerson", coaching ? prioritiesOwnedBy(personId) : List.of());
        model.addAttribute("priorityTitles", priorityTitles(history, personId));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("names", people.names());
        return "checkin/history";
    }

    private List<CheckInView> checkIns(PersonId person, PersonId leader, Viewer viewer) {
        return queries.query(new ListCheckIns(person, leader, viewer),
                ResponseTypes.multipleInstancesOf(CheckInView.class)).join();
    }

    private List<DirectReport> directReports(PersonId leader) {
        return queries.query(new GetDirectReports(leader), ResponseTypes.multipleInstancesOf(DirectReport.class)).join();
    }

    private List<CommitmentView> openCommitmentsOf(PersonId person) {
        return queries.query(new GetOpenCommitments(person), OpenCommitments.class).join().open();
    }

    private static List<CommitmentView> openWith(List<CommitmentView> open, PersonId leader) {
        return open.stream().filter(commitment -> commitment.leaderId().equals(leader)).toList();
    }

    private LocalDate lastCheckIn(PersonId me, PersonId leader, HttpServletRequest request) {
        List<CheckInView> checkIns = checkIns(me, leader, viewer(request));
        return checkIns.isEmpty() ? null : checkIns.get(checkIns.size() - 1).date();
    }

    /** My leaders: the lead of each team I am a member of, and the lead of the team above each team I lead. */
    private List<PersonId> leadersOf(PersonId me) {
        List<TeamView> teams = teams();
        Set<PersonId> leaders = new LinkedHashSet<>();
        for (TeamView team : teams) {
            if (team.members().contains(me)) {
                leaders.add(team.leadId());
            }
            if (me.equals(team.leadId()) && team.parentTeamId() != null) {
                teams.stream().filter(above -> above.id().equals(team.parentTeamId()))
                        .forEach(above -> leaders.add(above.leadId()));
            }
        }
        leaders.remove(null);
        leaders.remove(me);
        return List.copyOf(leaders);
    }

    /** What the person owns this quarter, in every team they lead or belong to: what a check-in may review. */
    private List<PriorityView> prioritiesOwnedBy(PersonId person) {
        Quarter quarter = Quarter.of(LocalDate.now(clock));
        return teams().stream().filter(team -> person.equals(team.leadId()) || team.members().contains(person))
                .flatMap(team -> reads.now(new GetTeamPlan(team.id(), quarter), TeamPlan.class).priorities().stream())
                .filter(priority -> person.equals(priority.ownerId()) && !priority.status().isClosed()).toList();
    }

    /** Titles of the priorities a history names, looked up in the teams of the person this quarter. */
    private Map<String, String> priorityTitles(List<CheckInView> history, PersonId person) {
        Set<String> named = new HashSet<>();
        history.forEach(checkIn -> checkIn.prioritiesReviewed().forEach(p -> named.add(p.value())));
        if (named.isEmpty()) {
            return Map.of();
        }
        Map<String, String> titles = new HashMap<>();
        named.forEach(id -> findPriority(id).ifPresent(p -> titles.put(id, p.title())));
        return titles;
    }

    private Optional<PriorityView> findPriority(String id) {
        return queries.query(new FindPriority(new PriorityId(id)),
                ResponseTypes.optionalInstanceOf(PriorityView.class)).join();
    }

    private List<TeamView> teams() {
        return queries.query(new ListTeams(), ResponseTypes.multipleInstancesOf(TeamView.class)).join();
    }

    /** The page's links carry {@code leaderId=} empty when it shows the signed-in leader's own pair. */
    private static PersonId personOrNone(String leaderId) {
        return leaderId == null || leaderId.isBlank() ? null : new PersonId(leaderId);
    }

    private static PersonId signedIn(HttpServletRequest request) {
        return new PersonId(request.getUserPrincipal().getName());
    }

    private static Viewer viewer(HttpServletRequest request) {
        return new Viewer(signedIn(request), request.isUserInRole(AUDITOR));
    }

    /**
     * One of my 1-on-1 pairs.
     *
     * @param coaching true when I am the leader in it, false when the other is my leader
     * @param open     the open commitments of the pair's person, from check-ins of this pair
     */
    record Pair(PersonId other, boolean coaching, LocalDate lastCheckIn, List<CommitmentView> open) {

        public long overdue() {
            return open.stream().filter(CommitmentView::overdue).count();
        }
    }
}
