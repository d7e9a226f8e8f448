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
