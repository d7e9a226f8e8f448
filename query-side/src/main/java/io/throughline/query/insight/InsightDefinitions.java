package io.throughline.query.insight;

import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * The definition of every figure of the insights in the API document: each schema says what its rows count, each
 * field what it is. The kernel's records carry no OpenAPI annotations, so the definitions are set here, by name;
 * docs/insights.md says the same in prose.
 */
@Component
class InsightDefinitions implements OpenApiCustomizer {

    private static final String REPORTS = "Status reports that gave a confidence (0–10), of priorities of the quarter "
            + "or an earlier one whose outcome is known: done (COMPLETED), or not done (MISSED, or CARRIED_OVER at the "
            + "quarter's close). Dropped and open priorities are left out: their outcome says nothing about the "
            + "confidence. Each report counts once, whenever in the quarter it was made.";

    private static final Map<String, Definition> SCHEMAS = Map.of(
            "Insights", new Definition("What only the event log can tell about a quarter, for a team and every team "
                    + "below it or for the whole organisation.", Map.of(
                    "teamId", "The team the figures are scoped to (with every team below it); null for the whole "
                            + "organisation.",
                    "calibration", "Confidence calibration, one row per band, all teams and owners together. "
                            + REPORTS,
                    "calibrationByTeam", "The same per team of the priority (teamId set).",
                    "calibrationByOwner", "The same per owner who reported (the priority's owner at the time of the "
                            + "report; ownerId set).",
                    "priorities", "Every priority of the quarter: time in status and slips, most goalposts moved "
                            + "first.",
                    "teams", "The priorities' time in status and slips summed per team, for teams with priorities in "
                            + "the quarter.",
                    "huddles", "Huddle cadence of every team in scope.",
                    "kpiValues", "KPI values recorded on time or late, per team with values in the quarter.",
                    "checkIns", "1-on-1 check-ins held per leader and month of the quarter (leads of the teams in "
                            + "scope; every leader for the whole organisation).",
                    "ownership", "The share of priorities owned below the executive layer, per quarter: the quarter "
                            + "and the seven before it that have priorities.")),
            "CalibrationBand", new Definition("Confidence against outcome in one band. " + REPORTS, Map.of(
                    "teamId", "The priority's team, in a per-team row; else null.",
                    "teamName", "That team's name; else null.",
                    "ownerId", "Who owned the priority when reporting, in a per-owner row; else null.",
                    "band", "The band of the confidence reported: 0–3, 4–6, 7–8 or 9–10.",
                    "reports", "Reports in the band.",
                    "done", "Of those, reports on priorities that ended done (COMPLETED).",
                    "shareDone", "done ÷ reports, four decimal places: how often that much confidence came true.")),
            "PriorityTime", new Definition("A priority of the quarter: the days it spent in each status its owner "
                    + "reported, and how often its goalposts moved.", Map.of(
                    "onTrackDays", "Days ON_TRACK: from each report of that status to the next change of status "
                            + "(report, completion, drop, miss, carry-over), the end of the quarter or now, whichever "
                            + "comes first; two decimal places.",
                    "atRiskDays", "Days AT_RISK, counted the same way.",
                    "offTrackDays", "Days OFF_TRACK, counted the same way.",
                    "dueDateMoves", "Changes that moved or removed a due date it had (setting a first due date is "
                            + "not a move).",
                    "titleChanges", "Changes of its title.",
                    "criterionChanges", "Changes of its success criterion.",
                    "goalpostsMoved", "Changes, reassignments and realignments: the dashboard's churn count "
                            + "(changeCount).",
                    "status", "Its status now.")),
            "TeamTime", new Definition("PriorityTime summed over a team's priorities of the quarter.", Map.of(
                    "priorities", "The team's priorities of the quarter, dropped ones included.")),
            "HuddleCadence", new Definition("How regularly a team huddles.", Map.of(
                    "huddles", "Huddles held from the quarter's first day to its last or today, whichever is earlier.",
                    "weeks", "Those days ÷ 7, two decimal places.",
                    "perWeek", "huddles ÷ weeks, two decimal places: 1.00 is one huddle a week.")),
            "KpiTimeliness", new Definition("Values of a team's KPIs for periods that start in the quarter.", Map.of(
                    "onTime", "Values first recorded before their period ended (UTC): the end of the ISO week, month "
                            + "or quarter.",
                    "late", "Values first recorded after their period ended; a later correction changes neither.",
                    "shareOnTime", "onTime ÷ (onTime + late), four decimal places.")),
            "LeaderCheckIns", new Definition("1-on-1 check-ins a leader held in a month of the quarter, by their date.",
                    Map.of("month", "The month, written 2026-11.")),
            "OwnershipShare", new Definition("Of a quarter's priorities not dropped, those whose owner is neither lead "
                    + "nor member of a root team (level 0, the executives now): the dashboard's "
                    + "ownedBelowExecutives, over time.", Map.of(
                    "count", "Priorities owned below the executive layer.",
                    "outOf", "Priorities not dropped.",
                    "value", "count ÷ outOf, four decimal places.")));

    @Override
    public void customise(io.swagger.v3.oas.models.OpenAPI api) {
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        SCHEMAS.forEach((name, definition) -> {
            Schema<?> schema = schemas.get(name);
            if (schema == null) {
                throw new IllegalStateException("the API document has no schema " + name + " to define");
            }
            schema.setDescription(definition.description());
            definition.fields().forEach((field, description) -> {
                Schema<?> property = (Schema<?>) schema.getProperties().get(field);
                if (property == null) {
                    throw new IllegalStateException(name + " has no field " + field + " to define");
                }
                property.setDescription(description);
            });
        });
    }

    private record Definition(String description, Map<String, String> fields) {
    }
}
