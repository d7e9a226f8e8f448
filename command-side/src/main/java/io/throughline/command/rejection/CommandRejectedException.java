package io.throughline.command.rejection;

import io.throughline.kernel.CommandRejection;
import io.throughline.kernel.CommandRejection.Kind;
import io.throughline.kernel.FieldPath;

/**
 * Thrown by command handlers to refuse a command; no event is stored. A field is named either as a component of the
 * command ({@code "title"}) or, inside its lists and records, as a {@link FieldPath}.
 */
public class CommandRejectedException extends RuntimeException {

    private final transient CommandRejection rejection;

    private CommandRejectedException(Kind kind, Rule rule, FieldPath field, String message) {
        this(new CommandRejection(kind, field, message, rule == null ? null : rule.id()));
    }

    private CommandRejectedException(CommandRejection rejection) {
        super(rejection.path() == null ? rejection.message() : rejection.path() + ": " + rejection.message());
        this.rejection = rejection;
    }

    /**
     * A refusal of a command applied on behalf of another (a huddle's status report), raised again for the sender with
     * the field it concerns in the sender's terms: {@code status} within {@code priorityUpdates[1]} is
     * {@code priorityUpdates[1].status}. What the other command could not find is, for the sender, a reference in its
     * body to something that does not exist: invalid input.
     */
    public static CommandRejectedException within(FieldPath prefix, CommandRejection nested) {
        FieldPath field = nested.path() == null ? prefix : prefix.then(nested.path());
        Kind kind = nested.kind() == Kind.NOT_FOUND ? Kind.INVALID : nested.kind();
        return new CommandRejectedException(new CommandRejection(kind, field, nested.message(), nested.rule()));
    }

    public static CommandRejectedException invalid(String field, String message) {
        return invalid(named(field), message);
    }

    public static CommandRejectedException invalid(FieldPath field, String message) {
        return new CommandRejectedException(Kind.INVALID, null, field, message);
    }

    public static CommandRejectedException forbidden(String message) {
        return new CommandRejectedException(Kind.FORBIDDEN, null, null, message);
    }

    public static CommandRejectedException notFound(String field, String message) {
        return new CommandRejectedException(Kind.NOT_FOUND, null, named(field), message);
    }

    public static CommandRejectedException conflict(Rule rule, String field, String message) {
        return new CommandRejectedException(Kind.CONFLICT, rule, named(field), message);
    }

    public static CommandRejectedException ruleBroken(Rule rule, String field, String message) {
        return ruleBroken(rule, named(field), message);
    }

    public static CommandRejectedException ruleBroken(Rule rule, FieldPath field, String message) {
        return new CommandRejectedException(Kind.RULE_BROKEN, rule, field, message);
    }

    /** A broken rule about the command as a whole. */
    public static CommandRejectedException ruleBroken(Rule rule, String message) {
        return new CommandRejectedException(Kind.RULE_BROKEN, rule, null, message);
    }

    public CommandRejection rejection() {
        return rejection;
    }

    private static FieldPath named(String field) {
        return field == null ? null : FieldPath.of(field);
    }
}
