package io.throughline.roles;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code throughline.roles}: a comma-separated list of {@code command}, {@code query} and {@code ui}; left out, all
 * three. Read once while the application context is being configured (the {@link ConditionalOnRole} conditions need
 * it before any bean exists) and again as a bean for whoever wants to know what this process runs.
 * <p>
 * Refused at start-up, with a message that names the roles: a name that is no role, an empty list, and the web pages
 * without the command or query role when no Axon Server carries commands and queries to other processes.
 */
public final class Roles {

    public static final String PROPERTY = "throughline.roles";
    /** Axon's own default is true: the connector is on unless switched off (application.yml switches it off). */
    static final String AXON_SERVER_ENABLED = "axon.axonserver.enabled";

    private final Set<ServiceRole> running;

    private Roles(Set<ServiceRole> running) {
        this.running = Collections.unmodifiableSet(EnumSet.copyOf(running));
    }

    public static Roles of(Environment environment) {
        List<String> keys = Binder.get(environment).bind(PROPERTY, Bindable.listOf(String.class)).orElse(null);
        Roles roles = keys == null ? all() : parse(keys);
        roles.checkReachable(environment.getProperty(AXON_SERVER_ENABLED, Boolean.class, true));
        return roles;
    }

    static Roles all() {
        return new Roles(EnumSet.allOf(ServiceRole.class));
    }

    static Roles parse(List<String> keys) {
        Set<ServiceRole> roles = EnumSet.noneOf(ServiceRole.class);
        for (String key : keys) {
            if (key.isBlank()) {
                continue;
            }
            roles.add(ServiceRole.of(key).orElseThrow(() -> new RolesException(PROPERTY + " names '" + key.trim()
                    + "', which is not a role: the roles are " + ServiceRole.allowed()
                    + ", in any combination (default: all three)")));
        }
        if (roles.isEmpty()) {
            throw new RolesException(PROPERTY + " names no role: the roles are " + ServiceRole.allowed()
                    + ", in any combination (default: all three)");
        }
        return new Roles(roles);
    }

    /**
     * Without Axon Server, commands and queries go to handlers in the same process only: web pages without the
     * command and query roles beside them would have nobody to send them to.
     */
    private void checkReachable(boolean axonServer) {
        if (axonServer || !runs(ServiceRole.UI) || (runs(ServiceRole.COMMAND) && runs(ServiceRole.QUERY))) {
            return;
        }
        String missing = EnumSet.complementOf(EnumSet.copyOf(running)).stream().map(ServiceRole::key)
                .collect(Collectors.joining(" and "));
        throw new RolesException(PROPERTY + "=" + this + " runs the web pages without the " + missing + " role, and "
                + "without Axon Server (" + AXON_SERVER_ENABLED + "=false) commands and queries are handled only in "
                + "the process that sends them: the pages would have nobody to send them to. Add " + missing + " to "
                + PROPERTY + ", or run with the profile axonserver so that Axon Server routes them to the processes "
                + "that have those roles");
    }

    public boolean runs(ServiceRole role) {
        return running.contains(role);
    }

    public Set<ServiceRole> running() {
        return running;
    }

    /** As written in the property: "command,query,ui". */
    @Override
    public String toString() {
        return running.stream().map(ServiceRole::key).collect(Collectors.joining(","));
    }
}
