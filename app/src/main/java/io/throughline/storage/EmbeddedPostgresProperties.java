package io.throughline.storage;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;

/**
 * The PostgreSQL that runs inside the service when no external one is configured.
 *
 * @param enabled        Whether the embedded PostgreSQL runs when spring.datasource.url names no external one; false
 *                       requires an external PostgreSQL.
 * @param dataDirectory  Where the database files live; kept across restarts.
 * @param port           The port it listens on, on 127.0.0.1 only; fixed so that analysts can point psql at the running
 *                       service (user postgres, no password). 0 picks a free one at every start. The port in use is
 *                       written to PORT in the data directory.
 * @param whenPortTaken  What to do when another program already listens on that port (typically the service of another
 *                       checkout on this machine): pick-free-port listens on a free port instead (the one of the last
 *                       start if it is free), logs it loudly and writes it to PORT; refuse stops, naming the port, the
 *                       other PostgreSQL's data directory and the setting to change. Either way the service runs only
 *                       on the PostgreSQL whose data directory is data-directory (EmbeddedPostgresPort).
 * @param database       The database the service uses inside it.
 */
@ConfigurationProperties(EmbeddedPostgresProperties.PREFIX)
public record EmbeddedPostgresProperties(@DefaultValue("true") boolean enabled,
                                         @DefaultValue("./data/postgres") Path dataDirectory,
                                         @DefaultValue("15432") int port,
                                         @DefaultValue("pick-free-port") WhenPortTaken whenPortTaken,
                                         @DefaultValue("throughline") String database) {

    static final String PREFIX = "throughline.embedded-postgres";

    public enum WhenPortTaken {
        /**
         * Listen on a free port instead (the one of the last start if it is free), log it loudly and write it to
         * {@code PORT} in the data directory.
         */
        PICK_FREE_PORT,
        /** Stop, naming the port, the data directory of the PostgreSQL that holds it and the setting to change. */
        REFUSE
    }
}
