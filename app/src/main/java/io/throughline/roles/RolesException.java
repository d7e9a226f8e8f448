package io.throughline.roles;

/** {@code throughline.roles} cannot be run as it is; the message says why and what the roles are. */
public class RolesException extends IllegalStateException {

    RolesException(String message) {
        super(message);
    }
}
