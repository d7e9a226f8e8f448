package io.throughline.kernel.team;

import io.throughline.kernel.Change;
import io.throughline.kernel.PersonId;

public record TeamLeadAppointed(TeamId teamId, Change<PersonId> leadId) {
}
