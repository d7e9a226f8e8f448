package io.throughline.kernel.team;

/** Answered with every team, by name. */
public record ListTeams() {
}
