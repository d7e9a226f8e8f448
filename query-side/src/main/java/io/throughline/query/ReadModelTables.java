package io.throughline.query;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The tables a projection writes: all of them, and none another projection writes. The consistency checker
 * ({@code GET /api/admin/consistency}) shadows them while it folds the event log through a new instance of the
 * projection, then compares them with the live ones. A table left out would be read live during the fold and never
 * compared: ConsistencyCheckTest fails for a read model that no projection names.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ReadModelTables {

    String[] value();
}
