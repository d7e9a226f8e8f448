package io.throughline.nudge;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.throughline.support.Api;
import io.throughline.support.TestPostgres;
import io.throughline.web.Browser;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static io.throughline.support.Eventually.eventually;
import static org.awaitility.Awaitility.await;
import static io.throughline.support.StartedService.port;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing is sent twice: not after a restart between recording and sending, not by two nodes on one database; and what
 * failed is tried again, and shown on /admin until it goes out. Each
 * test tells the seeded month on a database of its own, and counts what the SMTP server received.
 */
class NudgesOnMoreNodesTest {

    /** The digests of Milo and Hana and the notice of Milo's priority: what the month sends, once each. */
    static final List<String> SENT_ONCE = List.of("hana@harbour.test Your week in Throughline: 3 things due",
            "milo@harbour.test Priority assigned to you: Open the north pier",
            "milo@harbour.test Your week in Throughline: 4 things due");

    @RegisterExtension
    final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    final List<ConfigurableApplicationContext> nodes = new ArrayList<>();

    @AfterEach
    void stop() {
        nodes.forEach(ConfigurableApplicationContext::close);
        SeededWeek.realTime();
    }

    @Test
    void aNodeStoppedAfterRecordingAndBeforeSendingSendsNothingTwiceOnceRestarted() throws Exception {
        String database = TestPostgres.newDatabase();
        // It looks once at start-up, before the digests are due, and then not for an hour: it never sends.
        ConfigurableApplicationContext first = start(database, "--throughline.nudges.check-every=1h");
        SeededWeek.tell(new Api(port(first)), null);
        SeededWeek.now(SeededWeek.DIGEST_TIME);
        assertThat(first.getBean(Digests.class).decideDue()).as("Milo's and Hana's digests recorded").isEqualTo(2);
        JdbcTemplate sql = first.getBean(JdbcTemplate.class);
        assertThat(sql.queryForObject("select count(*) from notice where sent_at is null", Integer.class))
                .as("recorded, none sent").isEqualTo(3);
        first.close();
        assertThat(received()).as("nothing went out before the stop").isEmpty();

        ConfigurableApplicationContext second = start(database);
        eventually(() -> assertThat(received()).containsExactlyInAnyOrderElementsOf(SENT_ONCE));
        assertThat(second.getBean(Digests.class).decideDue()).as("the week's digests are decided already").isZero();
        Thread.sleep(3000); // three more looks at the outbox
        assertThat(received()).containsExactlyInAnyOrderElementsOf(SENT_ONCE);
    }

    @Test
    void twoNodesOnOneDatabaseSendEachNoticeOnce() throws Exception {
        String database = TestPostgres.newDatabase();
        ConfigurableApplicationContext first = start(database);
        start(database);
        SeededWeek.tell(new Api(port(first)), null);

        SeededWeek.now(SeededWeek.DIGEST_TIME);

        eventually(() -> assertThat(received()).hasSize(SENT_ONCE.size()));
        Thread.sleep(3000); // three more looks by each node
        assertThat(received()).containsExactlyInAnyOrderElementsOf(SENT_ONCE);
        assertThat(first.getBean(JdbcTemplate.class).queryForList(
                "select recipient_id || ' ' || lines from digest_decision order by recipient_id", String.class))
                .as("each person's digest decided once, with as many lines as it has")
                .containsExactly("admin 0", "hana 3", "milo 4", "noor 0");
    }

    @Test
    void aDeliveryThatFailedIsTriedAgainAndShownOnTheAdminPageUntilItGoesOut() throws Exception {
        int closedPort;
        try (ServerSocket free = new ServerSocket(0)) {
            closedPort = free.getLocalPort();
        }
        ConfigurableApplicationContext node = start(TestPostgres.newDatabase(), closedPort,
                "--throughline.nudges.first-retry=1s", "--throughline.nudges.longest-retry=2s");
        SeededWeek.tell(new Api(port(node)), null);
        SeededWeek.now(SeededWeek.DIGEST_TIME);

        ChromeDriver browser = Browser.start();
        try {
            signInAsAdmin(browser, port(node));
            // A page in a real browser: slower than the API on a loaded machine, so given longer than eventually's.
            await().atMost(Duration.ofMinutes(1)).untilAsserted(() -> {
                browser.navigate().refresh();
                assertThat(browser.findElement(By.id("undelivered")).getText())
                        .contains("Not delivered yet")
                        .contains("Hana Ito e-mail Your week in Throughline: 3 things due")
                        .contains("Milo Berg e-mail Your week in Throughline: 4 things due")
                        .contains("the mail server refused it")
                        .contains("Mon 30 Nov 2026, 08:0");
            });
            GreenMail server = new GreenMail(new ServerSetup(closedPort, "localhost", ServerSetup.PROTOCOL_SMTP));
            server.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication()).start();
            // The service's clock stands still: the next tries are due once it has moved past their back-off.
            SeededWeek.now(SeededWeek.DIGEST_TIME.plusSeconds(60));
            try {
                eventually(() -> assertThat(Arrays.stream(server.getReceivedMessages()).map(NudgesOnMoreNodesTest::line)
                        .toList()).containsExactlyInAnyOrderElementsOf(SENT_ONCE));
                await().atMost(Duration.ofMinutes(1)).untilAsserted(() -> {
                    browser.navigate().refresh();
                    assertThat(browser.findElement(By.id("undelivered")).getText())
                            .isEqualTo("Not delivered yet\nEvery digest and notice went out.");
                });
            } finally {
                server.stop();
            }
        } finally {
            browser.quit();
        }
    }

    private static void signInAsAdmin(ChromeDriver browser, int port) {
        browser.get("http://localhost:" + port + "/login");
        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys(Api.ADMIN_PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        // Signed in once the answer to the form has left the login page; going on sooner could outrun it.
        await().atMost(Duration.ofMinutes(1)).until(() -> !browser.getCurrentUrl().contains("/login"));
        browser.get("http://localhost:" + port + "/admin");
    }

    private static String line(MimeMessage mail) {
        try {
            return mail.getAllRecipients()[0] + " " + mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private ConfigurableApplicationContext start(String database, String... arguments) {
        return start(database, smtp.getSmtp().getPort(), arguments);
    }

    private ConfigurableApplicationContext start(String database, int smtpPort, String... arguments) {
        String[] named = Arrays.copyOf(arguments, arguments.length + 1);
        named[arguments.length] = "--throughline.node-name=node-" + (nodes.size() + 1);
        ConfigurableApplicationContext node = SeededWeek.node(database, smtpPort, named);
        nodes.add(node);
        return node;
    }

    private List<String> received() {
        return Inbox.of(smtp).mails().stream().map(mail -> mail.to() + " " + mail.subject()).toList();
    }
}
