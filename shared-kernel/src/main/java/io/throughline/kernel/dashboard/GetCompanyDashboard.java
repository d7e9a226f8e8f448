package io.throughline.kernel.dashboard;

import io.throughline.kernel.Quarter;

/** Answered with a {@link CompanyDashboard}: the company roll-up of one quarter. */
public record GetCompanyDashboard(Quarter quarter) {
}
