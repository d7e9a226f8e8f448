package io.throughline.web;

import io.throughline.kernel.CommandRejection;
import io.throughline.kernel.FieldPath;
import org.axonframework.commandhandling.CommandExecutionException;
import org.springframework.web.ErrorResponseException;

/**
 * What a page shows when a command it sent is refused: the message, next to the field it concerns.
 *
 * @param field the input at fault, or null when the refusal is about the whole form
 */
public record Refusals(FieldPath field, String message) {

    public static Refusals of(CommandExecutionException refused) {
        return refused.getDetails().filter(CommandRejection.class::isInstance).map(CommandRejection.class::cast)
                .map(rejection -> new Refusals(rejection.path(), rejection.message()))
                .orElseGet(() -> new Refusals(null, refused.getMessage()));
    }

    /** A refusal outside the domain (accounts, which name only top-level fields): the problem's detail and field. */
    public static Refusals of(ErrorResponseException refused) {
        Object field = refused.getBody().getProperties() == null ? null : refused.getBody().getProperties().get("field");
        return new Refusals(field == null ? null : FieldPath.of(field.toString()), refused.getBody().getDetail());
    }

    /** The field of the box a leader ticks to confirm what cannot be undone (drop, complete, retire). */
    public static final String CONFIRMED = "confirmed";

    /** Nothing was sent: the box {@code tick} was left unticked. */
    public static Refusals unconfirmed(String tick) {
        return new Refusals(FieldPath.of(CONFIRMED), "tick \u201c" + tick + "\u201d to confirm");
    }

    /**
     * The id of the message shown for {@code field} of {@code form}, which the refused input names in its
     * {@code aria-describedby} ({@link RefusalDialect}): form names hold spaces and ids, so only letters, digits and
     * dashes are kept.
     */
    public static String errorId(String form, String field) {
        return ("error-" + form + "-" + field).replaceAll("[^A-Za-z0-9-]+", "-");
    }

    /** {@link #errorId} for templates, which may not call static methods. */
    public String idFor(String form, String field) {
        return errorId(form, field);
    }

    /** Whether the refusal is about the input named {@code name} in the template. Public: SpEL calls only public methods. */
    public boolean concerns(String name) {
        return field != null && field.toString().equals(name);
    }
}
