package io.throughline.kernel.dashboard;

import io.throughline.kernel.Quarter;

/**
 * Answered with an {@code Optional<CompanyDashboard>}: the quarter's roll-up as it stood when it ended, with what has
 * been corrected since; empty while the quarter is neither over nor closed by every team holding priorities in it.
 */
public record GetFinalCompanyDashboard(Quarter quarter) {
}
