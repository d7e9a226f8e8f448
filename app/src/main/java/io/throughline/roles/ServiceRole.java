package io.throughline.roles;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What one process of Throughline does. The same jar runs any combination, chosen with {@code throughline.roles};
 * by default all three.
 */
public enum ServiceRole {

    /** Aggregates, command handlers, the command HTTP API and the interceptors around every command. */
    COMMAND,
    /** Projections and their event processors, query handlers, the query HTTP API, replay, audit and hash chain. */
    QUERY,
    /** The web pages, which send commands and queries through the gateways. */
    UI;

    /** The role as it is written in {@code throughline.roles}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<ServiceRole> of(String key) {
        return Arrays.stream(values()).filter(role -> role.key().equalsIgnoreCase(key.trim())).findFirst();
    }

    /** "command, query and ui". */
    static String allowed() {
        String keys = Arrays.stream(values()).limit(values().length - 1L).map(ServiceRole::key)
                .collect(Collectors.joining(", "));
        return keys + " and " + values()[values().length - 1].key();
    }
}
