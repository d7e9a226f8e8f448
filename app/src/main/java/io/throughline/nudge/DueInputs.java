package io.throughline.nudge;

import io.throughline.kernel.checkin.DirectReport;
import io.throughline.kernel.checkin.OpenCommitments;
import io.throughline.kernel.huddle.TeamHuddles;
import io.throughline.kernel.me.MyWeek;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the read models say of a person's week, as the pages' queries answer it.
 *
 * @param week       their week as /me shows it (GetMyWeek)
 * @param metrics    every KPI they own, all pages of {@code week}'s
 * @param lastWordOn for each of their open priorities, by id: its latest status report, or its assignment when it had
 *                   none
 * @param ledTeams   the rhythm of each team they lead, this quarter
 */
record DueInputs(MyWeek week, List<MyWeek.OwnedMetric> metrics, Map<String, Instant> lastWordOn,
                 OpenCommitments commitments, List<DirectReport> directReports, List<TeamHuddles> ledTeams) {
}
