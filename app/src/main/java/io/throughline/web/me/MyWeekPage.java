package io.throughline.web.me;

import io.throughline.kernel.FieldPath;
import io.throughline.kernel.PersonId;
import io.throughline.kernel.checkin.CheckInId;
import io.throughline.kernel.checkin.CompleteCommitment;
import io.throughline.kernel.checkin.DirectReport;
import io.throughline.kernel.checkin.DropCommitment;
import io.throughline.kernel.checkin.GetDirectReports;
import io.throughline.kernel.checkin.GetOpenCommitments;
import io.throughline.kernel.checkin.OpenCommitments;
import io.throughline.kernel.me.GetMyWeek;
import io.throughline.kernel.me.MyWeek;
import io.throughline.kernel.metric.MetricId;
import io.throughline.kernel.metric.RecordMetric;
import io.throughline.web.Notice;
import io.throughline.web.People;
import io.throughline.web.ReadYourWrites;
import io.throughline.web.Refusals;
import io.throughline.web.UnreadableInput;
import io.throughline.web.ValueForm;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;

/**
 * {@code /me}: a leader's week, where they land after signing in. What they own in every team (open priorities, KPIs
 * with the periods still lacking a value, recorded right here, {@code ?kpis=N}: the N-th page of 25), their open commitments overdue first (completed or
 * dropped here), their latest 1-on-1 with their leader, and for leads their direct reports and their teams' huddles
 * of the week. A refused form comes back as typed, its message beside the field.
 */
@Controller
class MyWeekPage {

    private final ReadYourWrites reads;
    private final QueryGateway queries;
    private final People people;

    MyWeekPage(ReadYourWrites reads, QueryGateway queries, People people) {
        this.reads = reads;
        this.queries = queries;
        this.people = people;
    }

    @GetMapping("/me")
    String week(Authentication me, @RequestParam(defaultValue = "0") int kpis, Model model) {
        PersonId person = new PersonId(me.getName());
        MyWeek week = reads.now(new GetMyWeek(person, Math.max(0, kpis)), MyWeek.class);
        OpenCommitments commitments = reads.now(new GetOpenCommitments(person), OpenCommitments.class);
        List<DirectReport> reports = queries.query(new GetDirectReports(person),
                ResponseTypes.multipleInstancesOf(DirectReport.class)).join();
        model.addAttribute("week", week);
        model.addAttribute("kpisPerPage", GetMyWeek.KPIS_PER_PAGE);
        model.addAttribute("commitments", commitments);
        model.addAttribute("reports", reports);
        model.addAttribute("names", people.names());
        return "me/week";
    }

    @PostMapping("/me/metrics/{metricId}/values")
    String record(@PathVariable MetricId metricId, ValueForm typed, Authentication me, Model model) {
        return act("record-" + metricId, "KPI value recorded", typed, me, model, "#kpis", () -> reads.send(
                new RecordMetric(metricId, typed.toPeriod(), typed.toValue(), typed.note())));
    }

    @PostMapping("/me/commitments/{checkInId}/{number}/complete")
    String complete(@PathVariable CheckInId checkInId, @PathVariable int number, Authentication me, Model model) {
        return act(commitmentForm(checkInId, number), "Commitment completed", null, me, model, "#commitments",
                () -> reads.send(new CompleteCommitment(checkInId, number)));
    }

    /** Drops the commitment once its owner ticked "Yes, drop it"; nothing is sent otherwise. */
    @PostMapping("/me/commitments/{checkInId}/{number}/drop")
    String drop(@PathVariable CheckInId checkInId, @PathVariable int number,
                @RequestParam(required = false) String reason, @RequestParam(defaultValue = "false") boolean confirmed,
                Authentication me, Model model) {
        String form = commitmentForm(checkInId, number);
        if (!confirmed) {
            model.addAttribute("refusal", Refusals.unconfirmed("Yes, drop it"));
            model.addAttribute("failedForm", form);
            return week(me, 0, model);
        }
        return act(form, "Commitment dropped", null, me, model, "#commitments",
                () -> reads.send(new DropCommitment(checkInId, number, reason)));
    }

    /** The form of a commitment's buttons: named by the commitment, as the template names it. */
    static String commitmentForm(CheckInId checkInId, int number) {
        return "commitment-" + checkInId + "-" + number;
    }

    /** Sends the form's command; on success back to the section, otherwise the page with the form as typed. */
    private String act(String form, String confirmation, ValueForm typed, Authentication me, Model model,
                       String section, Runnable command) {
        try {
            command.run();
            return Notice.redirect("/me" + section, confirmation);
        } catch (UnreadableInput unreadable) {
            model.addAttribute("refusal", unreadable.refusal());
        } catch (CommandExecutionException refused) {
            Refusals refusal = Refusals.of(refused);
            // A drop's only input is its reason: whatever the domain says of the drop is said beside it.
            model.addAttribute("refusal", refusal.field() == null && form.startsWith("commitment-")
                    ? new Refusals(FieldPath.of("reason"), refusal.message()) : refusal);
        }
        model.addAttribute("failedForm", form);
        model.addAttribute("typed", typed);
        return week(me, 0, model);
    }
}
