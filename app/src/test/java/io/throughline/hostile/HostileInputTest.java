package io.throughline.hostile;

import io.throughline.support.Api;
import io.throughline.support.StartedService;
import io.throughline.support.TestPostgres;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11's hostile input: a generated corpus of malformed and hostile requests to every write endpoint. Each one is
 * refused with a 4xx and a problem+json body that says why, never a 5xx, and nothing is stored: not an event, not an
 * account, not a token. The seed is fixed, so every run sends the same corpus; jqwik reports it with the statistics.
 */
class HostileInputTest {

    /** The corpus's seed: every run sends the same requests. */
    private static final String SEED = "20261125";
    private static final Map<Integer, AtomicInteger> STATUSES = new ConcurrentHashMap<>();

    private static ConfigurableApplicationContext service;
    private static JdbcTemplate sql;
    private static Api admin;
    private static HostileRequests corpus;
    private static String storedBefore;

    @BeforeContainer
    static void start() {
        service = StartedService.on(TestPostgres.newDatabase());
        sql = service.getBean(JdbcTemplate.class);
        admin = new Api(StartedService.port(service));
        corpus = new HostileRequests(Organisations.setUp(admin));
        storedBefore = stored();
    }

    @AfterContainer
    static void stop() {
        if (storedBefore == null) {
            service.close();
            return;
        }
        String storedAfter = stored();
        System.out.println("Hostile corpus (seed " + SEED + "): " + STATUSES.values().stream().mapToInt(AtomicInteger::get).sum()
                + " requests, statuses " + new TreeMap<>(STATUSES) + "; stored before " + storedBefore + ", after " + storedAfter);
        service.close();
        assertThat(storedAfter).as("what is stored after the whole corpus").isEqualTo(storedBefore);
    }

    @Property(tries = 300, seed = SEED)
    void everyHostileRequestIsRefusedWithAProblemAndStoresNothing(@ForAll("hostileRequests") HostileRequest request) {
        String before = stored();

        Api.Response response = (request.actor().equals(WriteEndpoints.ADMIN) ? admin : admin.as(request.actor())).sendRaw(
                request.method(), request.path(), request.contentType(), request.body(), request.chunked(),
                request.headers().toArray(String[]::new));

        STATUSES.computeIfAbsent(response.status(), status -> new AtomicInteger()).incrementAndGet();
        Statistics.label("category").collect(request.category());
        Statistics.label("status").collect(response.status());
        assertThat(response.status()).as("status of %s, answered %s", request, response.body()).isBetween(400, 499);
        assertThat(response.contentType()).as("content type of %s", request).startsWith("application/problem+json");
        assertThat(response.body().path("detail").asText()).as("detail of %s", request).isNotBlank();
        assertThat(stored()).as("what is stored after %s", request).isEqualTo(before);
    }

    @Provide
    Arbitrary<HostileRequest> hostileRequests() {
        return corpus.all();
    }

    /** Events, accounts and active tokens, as one fingerprint that any stored change alters. */
    private static String stored() {
        return sql.queryForObject("""
                select (select count(*) from domain_event_entry) || ' events, accounts '
                    || (select md5(coalesce(string_agg(u.username || p.hash || enabled || display_name, ',' order by u.username), '')) from users u join account_password p on p.username = u.username)
                    || ', tokens ' || (select md5(coalesce(string_agg(id || coalesce(revoked_at::text, ''), ',' order by id), '')) from access_token)""",
                String.class);
    }
}
