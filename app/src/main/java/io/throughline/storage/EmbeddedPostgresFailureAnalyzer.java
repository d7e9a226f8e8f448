package io.throughline.storage;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

class EmbeddedPostgresFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedPostgresUnavailableException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedPostgresUnavailableException cause) {
        return new FailureAnalysis(cause.getMessage(), """
                The embedded PostgreSQL needs a writable data directory (%s) that no other running service uses \
                and, when run as root, user namespaces (`unshare -U` from \
                util-linux), because PostgreSQL refuses to run as root. Where that is impossible, use an external \
                PostgreSQL instead:
                    --spring.profiles.active=postgres \
                with SPRING_DATASOURCE_URL=jdbc:postgresql://HOST:5432/throughline, SPRING_DATASOURCE_USERNAME and \
                SPRING_DATASOURCE_PASSWORD.""".formatted(cause.dataDirectory()), cause);
    }
}
