package io.throughline.kernel.person;

/** Answered with every person who has an account, as {@link PersonName}s, by display name. */
public record ListPeople() {
}
