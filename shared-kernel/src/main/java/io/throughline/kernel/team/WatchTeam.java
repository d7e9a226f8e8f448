package io.throughline.kernel.team;

/**
 * A subscription query: its initial answer is empty ({@code Optional<TeamTouched>}); then a {@link TeamTouched} arrives
 * each time the read models have taken in an event about the team, its plan, priorities, KPIs or huddles.
 */
public record WatchTeam(TeamId teamId) {
}
