package io.throughline.storage;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** The embedded PostgreSQL runs unless it is switched off or an external database is named. */
class EmbeddedPostgresCondition extends SpringBootCondition {

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        Environment environment = context.getEnvironment();
        if (environment.containsProperty("spring.datasource.url")) {
            return ConditionOutcome.noMatch("spring.datasource.url names an external PostgreSQL");
        }
        // Bound as the service binds it, so that the default stays in EmbeddedPostgresProperties alone.
        if (!Binder.get(environment).bindOrCreate(EmbeddedPostgresProperties.PREFIX,
                Bindable.of(EmbeddedPostgresProperties.class)).enabled()) {
            return ConditionOutcome.noMatch("throughline.embedded-postgres.enabled is false");
        }
        return ConditionOutcome.match("no external PostgreSQL is configured");
    }
}
