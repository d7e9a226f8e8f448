package io.throughline.web;

import io.throughline.kernel.CommandRejection;
import org.axonframework.commandhandling.CommandExecutionException;
import org.springframework.web.ErrorResponseException;

/** What a page shows when a command it sent is refused: the message, next to the field it concerns. */
record Refusals(String field, String message) {

    static Refusals of(CommandExecutionException refused) {
        return refused.getDetails().filter(CommandRejection.class::isInstance).map(CommandRejection.class::cast)
                .map(rejection -> new Refusals(rejection.field(), rejection.message()))
                .orElseGet(() -> new Refusals(null, refused.getMessage()));
    }

    /** A refusal outside the domain (accounts): the problem's detail, and the field it names if any. */
    static Refusals of(ErrorResponseException refused) {
        Object field = refused.getBody().getProperties() == null ? null : refused.getBody().getProperties().get("field");
        return new Refusals(field == null ? null : field.toString(), refused.getBody().getDetail());
    }

    /** Public for the templates: SpEL calls only public methods. */
    public boolean concerns(String name) {
        return name.equals(field);
    }
}
