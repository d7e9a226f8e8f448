package io.throughline.query.checkin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.throughline.kernel.PersonId;
import io.throughline.kernel.checkin.CheckInView;
import io.throughline.kernel.checkin.DirectReport;
import io.throughline.kernel.checkin.GetDirectReports;
import io.throughline.kernel.checkin.GetOpenCommitments;
import io.throughline.kernel.checkin.ListCheckIns;
import io.throughline.kernel.checkin.OpenCommitments;
import io.throughline.kernel.checkin.Viewer;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.security.Principal;
import java.util.List;

@RestController
@RequestMapping("/api/check-ins")
@Tag(name = "Check-ins")
class CheckInQueryController {

    /** Without the ROLE_ prefix: as {@link HttpServletRequest#isUserInRole} takes it. */
    private static final String AUDITOR = "AUDITOR";

    private final QueryGateway queries;

    CheckInQueryController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping
    @Operation(summary = "Check-ins of a person, of a leader, or of the pair, oldest first",
            description = "Filter by personId, leaderId or both; without either, every check-in. Each comes with its "
                    + "commitments. notes is null unless you are the check-in's leader or person, or an auditor.")
    List<CheckInView> checkIns(@RequestParam(required = false) PersonId personId,
                               @RequestParam(required = false) PersonId leaderId, HttpServletRequest request) {
        Viewer viewer = new Viewer(new PersonId(request.getUserPrincipal().getName()), request.isUserInRole(AUDITOR));
        return queries.query(new ListCheckIns(personId, leaderId, viewer),
                ResponseTypes.multipleInstancesOf(CheckInView.class)).join();
    }

    @GetMapping("/commitments")
    @Operation(summary = "A person's open commitments, soonest due first, with how many are overdue",
            description = "personId defaults to you. A commitment is overdue when it is open and due before today.")
    OpenCommitments openCommitments(@RequestParam(required = false) PersonId personId, Principal viewer) {
        return queries.query(new GetOpenCommitments(orYou(personId, viewer)),
                OpenCommitments.class).join();
    }

    @GetMapping("/direct-reports")
    @Operation(summary = "A leader's direct reports and the days since the leader last checked in with each",
            description = "leaderId defaults to you. Direct reports are the members of the teams the leader leads and "
                    + "the leads of the teams right below those; lastCheckIn and daysSinceLastCheckIn are null for "
                    + "someone the leader never checked in with.")
    List<DirectReport> directReports(@RequestParam(required = false) PersonId leaderId, Principal viewer) {
        return queries.query(new GetDirectReports(orYou(leaderId, viewer)),
                ResponseTypes.multipleInstancesOf(DirectReport.class)).join();
    }

    private static PersonId orYou(PersonId person, Principal you) {
        return person != null ? person : new PersonId(you.getName());
    }
}
