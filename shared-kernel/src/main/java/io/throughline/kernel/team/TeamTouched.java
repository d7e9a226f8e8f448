package io.throughline.kernel.team;

import java.time.Instant;

/** What a {@link WatchTeam} subscriber hears: an event of this type, of that instant, is now in the read models. */
public record TeamTouched(TeamId teamId, String eventType, Instant at) {
}
