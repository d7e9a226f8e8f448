package io.throughline.kernel;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a command's person field: the person named need not be a known, active person. Every other {@link PersonId} a
 * command carries must name a registered person whose account is enabled, or the command is refused. For undoing
 * what a former person held (removing a member, revoking a right held by name) and for the person commands
 * themselves, which register or re-enable the person.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface AnyPerson {
}
