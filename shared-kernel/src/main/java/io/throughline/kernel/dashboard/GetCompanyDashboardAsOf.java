package io.throughline.kernel.dashboard;

import io.throughline.kernel.Quarter;

import java.time.Instant;

/** Answered with a {@link CompanyDashboard}: the company roll-up of one quarter exactly as it stood at the instant. */
public record GetCompanyDashboardAsOf(Quarter quarter, Instant asOf) {
}
