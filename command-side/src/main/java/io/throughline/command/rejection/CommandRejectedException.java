package io.throughline.command.rejection;

import io.throughline.kernel.CommandRejection;
import io.throughline.kernel.CommandRejection.Kind;

/** Thrown by command handlers to refuse a command; no event is stored. */
public class CommandRejectedException extends RuntimeException {

    private final transient CommandRejection rejection;

    private CommandRejectedException(Kind kind, Rule rule, String field, String message) {
        super(field == null ? message : field + ": " + message);
        this.rejection = new CommandRejection(kind, field, message, rule == null ? null : rule.id());
    }

    /**
     * A refusal of a command sent on behalf of another (a huddle's status report), raised again for the sender with
     * the field it concerns in the sender's terms, such as {@code priorityUpdates[1].status}. What the other command
     * could not find is, for the sender, a reference in its body to something that does not exist: invalid input.
     */
    public static CommandRejectedException within(String prefix, CommandRejection nested) {
        String field = nested.field() == null ? prefix : prefix + "." + nested.field();
        Kind kind = nested.kind() == Kind.NOT_FOUND ? Kind.INVALID : nested.kind();
        return new CommandRejectedException(new CommandRejection(kind, field, nested.message(), nested.rule()));
    }

    private CommandRejectedException(CommandRejection rejection) {
        super(rejection.field() + ": " + rejection.message());
        this.rejection = rejection;
    }

    public static CommandRejectedException invalid(String field, String message) {
        return new CommandRejectedException(Kind.INVALID, null, field, message);
    }

    public static CommandRejectedException forbidden(String message) {
        return new CommandRejectedException(Kind.FORBIDDEN, null, null, message);
    }

    public static CommandRejectedException notFound(String field, String message) {
        return new CommandRejectedException(Kind.NOT_FOUND, null, field, message);
    }

    public static CommandRejectedException conflict(Rule rule, String field, String message) {
        return new CommandRejectedException(Kind.CONFLICT, rule, field, message);
    }

    public static CommandRejectedException ruleBroken(Rule rule, String field, String message) {
        return new CommandRejectedException(Kind.RULE_BROKEN, rule, field, message);
    }

    public CommandRejection rejection() {
        return rejection;
    }
}
