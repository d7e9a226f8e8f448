package io.throughline.roles;

import org.springframework.context.annotation.Conditional;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Brings in the annotated configuration (and so whatever it scans) only where {@code throughline.roles} includes the
 * role. Evaluated while the configuration classes are read, before any bean exists: a configuration left out never
 * scans its package, so Axon never sees its aggregates, handlers or processing groups.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Conditional(OnRoleCondition.class)
public @interface ConditionalOnRole {

    ServiceRole value();
}
