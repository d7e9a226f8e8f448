package io.throughline.security;

import io.throughline.support.Api;
import io.throughline.support.StartedService;
import io.throughline.support.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Failed sign-ins are counted on PostgreSQL, so two nodes on one database throttle alike: ten failed HTTP Basic
 * sign-ins of an account on either node, and the eleventh is answered 429 with Retry-After on both, the right password
 * too, while other accounts sign in as before. The nodes trust X-Forwarded-For from a proxy on their own machine
 * (server.forward-headers-strategy=native, as behind nginx), so each test comes from a client address of its own.
 */
class SignInThrottleTest {

    static final AtomicInteger UNIQUE = new AtomicInteger();
    static final int PER_ADDRESS = 15;

    static ConfigurableApplicationContext first;
    static ConfigurableApplicationContext second;

    @BeforeAll
    static void startTwoNodes() {
        String database = TestPostgres.newDatabase();
        first = StartedService.on(database, "--throughline.node-name=first", "--server.forward-headers-strategy=native",
                "--throughline.security.failed-sign-ins-per-address=" + PER_ADDRESS);
        second = StartedService.on(database, "--throughline.node-name=second", "--server.forward-headers-strategy=native",
                "--throughline.security.failed-sign-ins-per-address=" + PER_ADDRESS);
    }

    @AfterAll
    static void stopNodes() {
        second.close();
        first.close();
    }

    @Test
    void theEleventhSignInOfAnAccountIsRefusedOnEveryNodeAndOtherAccountsAreNot() {
        int n = UNIQUE.incrementAndGet();
        String address = "203.0.113." + n;
        String tom = "tom" + n;
        String ann = "ann" + n;
        new Api(port(first)).people(tom, ann);

        for (int i = 0; i < 10; i++) {
            Api node = new Api(port(i % 2 == 0 ? first : second));
            assertThat(signIn(node, tom, "not tom's password", address).status()).as("failure " + (i + 1)).isEqualTo(401);
        }

        Api.Response refused = signIn(new Api(port(second)), tom, Api.passwordOf(tom), address);
        assertThat(refused.status()).as("the right password, while throttled").isEqualTo(429);
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(290L, 300L);
        assertThat(signIn(new Api(port(first)), tom, Api.passwordOf(tom), "198.51.100." + n).status())
                .as("from another address too: the account is throttled").isEqualTo(429);
        assertThat(signIn(new Api(port(first)), ann, Api.passwordOf(ann), address).status())
                .as("another account, from the same address").isEqualTo(200);
        assertThat(signIn(new Api(port(second)), ann, Api.passwordOf(ann), address).status()).isEqualTo(200);
    }

    @Test
    void anAddressFailingAcrossManyAccountsIsRefusedForAnyAccount() {
        int n = UNIQUE.incrementAndGet();
        String address = "203.0.113." + n;
        String ida = "ida" + n;
        new Api(port(first)).people(ida);

        for (int i = 0; i < PER_ADDRESS; i++) {
            Api node = new Api(port(i % 2 == 0 ? first : second));
            assertThat(signIn(node, "guess" + n + "-" + i, "123456", address).status()).isEqualTo(401);
        }

        Api.Response refused = signIn(new Api(port(first)), ida, Api.passwordOf(ida), address);
        assertThat(refused.status()).as("an account that never failed, from that address").isEqualTo(429);
        assertThat(refused.header("Retry-After")).isNotBlank();
        assertThat(signIn(new Api(port(second)), ida, Api.passwordOf(ida), "198.51.100." + n).status())
                .as("the same account from elsewhere").isEqualTo(200);
    }

    /** One API request with HTTP Basic, as if forwarded by a proxy for the client at the address. */
    private static Api.Response signIn(Api node, String username, String password, String address) {
        return node.anonymous().send("GET", "/api/teams", null,
                "Authorization", Api.basic(username, password), "X-Forwarded-For", address);
    }

    private static int port(ConfigurableApplicationContext node) {
        return StartedService.port(node);
    }
}
