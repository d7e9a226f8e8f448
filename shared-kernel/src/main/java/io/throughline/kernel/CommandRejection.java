package io.throughline.kernel;

/**
 * Why a command was refused, carried as the details of Axon's {@code CommandExecutionException} so that it
 * survives a trip through a distributed command bus and can be turned into the right HTTP answer.
 *
 * @param kind    the class of refusal, which decides the HTTP status
 * @param field   the text of {@code path}, as the API names the field ({@code priorityUpdates[1].status}); kept beside
 *                the path for nodes that predate it
 * @param message what was wrong, in words a user understands
 * @param rule    for a conflict or a broken rule: the rule's name, such as {@code due-date-inside-quarter}
 * @param path    the command field at fault, or {@code null} when the refusal is about the whole command
 */
public record CommandRejection(Kind kind, String field, String message, String rule, FieldPath path) {

    public CommandRejection {
        if (path == null && field != null) {
            // Sent by a node from before refusals carried paths.
            path = FieldPath.parse(field);
        }
        field = path == null ? null : path.toString();
    }

    public CommandRejection(Kind kind, FieldPath path, String message, String rule) {
        this(kind, null, message, rule, path);
    }

    public enum Kind {
        /** Malformed or missing input, or a reference to something that does not exist (400). */
        INVALID,
        /** The actor may not do this (403). */
        FORBIDDEN,
        /** The command targets something that does not exist (404). */
        NOT_FOUND,
        /** The command clashes with the current state, such as a value already recorded (409). */
        CONFLICT,
        /** Well-formed input that breaks a business rule (422). */
        RULE_BROKEN
    }
}
