package io.throughline.kernel.team;

import io.throughline.kernel.Change;

public record TeamRenamed(TeamId teamId, Change<String> name) {
}
