package io.throughline.command.authorisation;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiPredicate;

/** Who may send each command, as the feature policies grant it: one rule per command type, none for the rest. */
public final class Permissions {

    private final Map<Class<?>, BiPredicate<Actor, Object>> rules = new HashMap<>();

    Permissions() {
    }

    /** The actors for whom the check holds may send commands of this type. */
    public <C> void allow(Class<C> command, BiPredicate<Actor, C> check) {
        if (rules.putIfAbsent(command, (actor, payload) -> check.test(actor, command.cast(payload))) != null) {
            throw new IllegalStateException(command.getName() + " was given two rules; a command type has one");
        }
    }

    boolean allows(Actor actor, Object command) {
        BiPredicate<Actor, Object> rule = rules.get(command.getClass());
        return rule != null && rule.test(actor, command);
    }
}
