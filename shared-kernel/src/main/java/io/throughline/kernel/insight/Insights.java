package io.throughline.kernel.insight;

import io.throughline.kernel.Quarter;
import io.throughline.kernel.priority.PriorityStatus;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * What only the event log can tell about a quarter: how well confidence predicted the outcome, how long priorities
 * spent in each status and how often their goalposts moved, and the rhythm of huddles, KPI values and 1-on-1s. Each
 * figure is defined in docs/insights.md and in the OpenAPI document.
 *
 * @param teamId the team the figures are scoped to (with the teams below it), or null for the whole organisation
 */
public record Insights(Quarter quarter,
                       String teamId,
                       List<CalibrationBand> calibration,
                       List<CalibrationBand> calibrationByTeam,
                       List<CalibrationBand> calibrationByOwner,
                       List<PriorityTime> priorities,
                       List<TeamTime> teams,
                       List<HuddleCadence> huddles,
                       List<KpiTimeliness> kpiValues,
                       List<LeaderCheckIns> checkIns,
                       List<OwnershipShare> ownership) {

    /** Days and shares are given to two decimal places. */
    public static final int SCALE = 2;

    /** {@code part ÷ whole} to four decimal places, or null when there is no whole. */
    public static BigDecimal share(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }

    /**
     * Status reports that gave a confidence, of priorities whose outcome is known, in one confidence band; all of
     * them, or those of one team or one owner.
     *
     * @param teamId    the priority's team, when the row is one team's; else null
     * @param ownerId   the owner who reported, when the row is one owner's; else null
     * @param band      the confidence band: {@code 0–3}, {@code 4–6}, {@code 7–8} or {@code 9–10}
     * @param reports   reports in the band
     * @param done      of those, reports on priorities that were done (COMPLETED)
     * @param shareDone done ÷ reports
     */
    public record CalibrationBand(String teamId, String teamName, String ownerId, String band, int reports, int done,
                                  BigDecimal shareDone) {
    }

    /**
     * One priority of the quarter: days spent in each reported status, and how often its goalposts moved.
     *
     * @param goalpostsMoved changes, reassignments and realignments: the dashboard's churn count
     */
    public record PriorityTime(String priorityId, String title, String teamId, String teamName, String ownerId,
                               PriorityStatus status, BigDecimal onTrackDays, BigDecimal atRiskDays,
                               BigDecimal offTrackDays, int dueDateMoves, int titleChanges, int criterionChanges,
                               int goalpostsMoved) {
    }

    /** The sums of {@link PriorityTime} over one team's priorities of the quarter. */
    public record TeamTime(String teamId, String teamName, int priorities, BigDecimal onTrackDays,
                           BigDecimal atRiskDays, BigDecimal offTrackDays, int dueDateMoves, int titleChanges,
                           int criterionChanges, int goalpostsMoved) {
    }

    /**
     * @param weeks   the weeks of the quarter gone by (days ÷ 7, up to today)
     * @param perWeek huddles ÷ weeks
     */
    public record HuddleCadence(String teamId, String teamName, int huddles, BigDecimal weeks, BigDecimal perWeek) {
    }

    /** KPI values of periods starting in the quarter, recorded before their period ended (on time) or after. */
    public record KpiTimeliness(String teamId, String teamName, int onTime, int late, BigDecimal shareOnTime) {
    }

    /** @param month written {@code 2026-11} */
    public record LeaderCheckIns(String leaderId, String month, int checkIns) {
    }

    /** Of a quarter's priorities not dropped, those owned below the executive layer. */
    public record OwnershipShare(Quarter quarter, int count, int outOf, BigDecimal value) {
    }
}
