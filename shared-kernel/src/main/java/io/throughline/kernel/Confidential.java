package io.throughline.kernel;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A component of an event that only some people may read, such as the notes of a check-in: the audit trail, which
 * every auditor, analyst and admin reads, leaves it out.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Confidential {
}
