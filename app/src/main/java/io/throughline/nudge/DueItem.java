package io.throughline.nudge;

import io.throughline.kernel.team.TeamId;

/**
 * One line of a digest: something due, in words, with the page where it is done.
 *
 * @param team the team it belongs to, whose chat webhook may carry it; null for what is the person's alone (their
 *             commitments)
 * @param path the page, from the service's root: {@code /priorities/…}
 */
record DueItem(Section section, TeamId team, String text, String path) {

    /** The digest's sections, in the order it reads. */
    enum Section {
        KPIS("KPI values to record"),
        PRIORITIES("Priorities"),
        COMMITMENTS("Commitments"),
        TEAMS("Teams you lead");

        private final String heading;

        Section(String heading) {
            this.heading = heading;
        }

        String heading() {
            return heading;
        }
    }
}
