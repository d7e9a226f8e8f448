package io.throughline.command.web;

/** The answer to a command that created something. */
public record Created(String id) {
}
