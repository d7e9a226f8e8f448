package io.throughline.web;

import io.throughline.kernel.CommandRejection;
import org.axonframework.commandhandling.CommandExecutionException;

/** What a page shows when a command it sent is refused: the message, next to the field it concerns. */
record Refusals(String field, String message) {

    static Refusals of(CommandExecutionException refused) {
        return refused.getDetails().filter(CommandRejection.class::isInstance).map(CommandRejection.class::cast)
                .map(rejection -> new Refusals(rejection.field(), rejection.message()))
                .orElseGet(() -> new Refusals(null, refused.getMessage()));
    }

    /** Public: templates ask it, and SpEL calls public methods only. */
    public boolean concerns(String name) {
        return name.equals(field);
    }
}
