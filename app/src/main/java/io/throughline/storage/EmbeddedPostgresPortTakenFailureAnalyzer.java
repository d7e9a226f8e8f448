package io.throughline.storage;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

class EmbeddedPostgresPortTakenFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedPostgresPortTakenException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedPostgresPortTakenException cause) {
        return new FailureAnalysis(cause.getMessage(), """
                Give this service's embedded PostgreSQL another port: set throughline.embedded-postgres.port \
                (env THROUGHLINE_EMBEDDED_POSTGRES_PORT) to a free port, or 0 for any free one; or set \
                throughline.embedded-postgres.when-port-taken=pick-free-port to have the service pick a free port \
                whenever %d is taken (it logs the port and writes it to %s). Or stop the program that holds port %d."""
                .formatted(cause.port(), cause.dataDirectory().resolve(EmbeddedPostgresPort.PORT_FILE), cause.port()),
                cause);
    }
}
