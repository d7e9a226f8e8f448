package io.throughline.roles;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says, instead of a stack trace, why the roles given cannot run. */
class RolesFailureAnalyzer extends AbstractFailureAnalyzer<RolesException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, RolesException cause) {
        return new FailureAnalysis(cause.getMessage(), """
                Set %s (environment variable THROUGHLINE_ROLES) to a comma-separated list of %s, or leave it out to \
                run all three. Splitting the web pages from the command and query roles needs the profile \
                axonserver.""".formatted(Roles.PROPERTY, ServiceRole.allowed()), cause);
    }
}
