package io.throughline.support;

import io.throughline.ThroughlineApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.ArrayList;
import java.util.List;

/**
 * The service started by hand rather than by Spring's test support: for tests that run it more than once, or under
 * another test engine (jqwik). Closing the context stops it.
 */
public final class StartedService {

    private StartedService() {
    }

    /** On a random port, on the given database of the test PostgreSQL, with the tests' admin password. */
    public static ConfigurableApplicationContext on(String database, String... moreArguments) {
        return on(database, new Class<?>[0], moreArguments);
    }

    /** With more configuration beside the service's own, such as a test's clock. */
    public static ConfigurableApplicationContext on(String database, Class<?>[] moreSources, String... moreArguments) {
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.datasource.url=" + database,
                "--spring.datasource.username=postgres",
                "--throughline.embedded-postgres.enabled=false",
                "--throughline.admin-password=" + Api.ADMIN_PASSWORD));
        arguments.addAll(List.of(moreArguments));
        return new SpringApplicationBuilder(ThroughlineApplication.class).sources(moreSources)
                .run(arguments.toArray(String[]::new));
    }

    public static int port(ConfigurableApplicationContext service) {
        return ((WebServerApplicationContext) service).getWebServer().getPort();
    }
}
