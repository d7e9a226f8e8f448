package io.throughline.command.authorisation;

/**
 * A feature's rules of who may send its commands, kept beside the aggregate they guard (such as
 * {@code team.TeamPolicy}). Every Spring bean of this type is collected by {@link CommandPolicy}: a new feature adds
 * its own policy in its own package and touches nothing here.
 */
public interface FeaturePolicy {

    void grant(Permissions permissions);
}
