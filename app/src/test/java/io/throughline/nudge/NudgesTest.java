package io.throughline.nudge;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.throughline.support.Api;
import io.throughline.support.TestPostgres;
import io.throughline.web.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.throughline.support.Eventually.eventually;
import static io.throughline.support.StartedService.port;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A seeded week on one node, against a real SMTP server (GreenMail) and a real webhook: at the digest's hour exactly
 * the expected digests go out, each once; a priority assigned or handed to someone, a decision flagged in their team
 * and a priority theirs serves dropped reach them within seconds, by e-mail and in the team's chat. Writes the
 * digests it received to target/nudges/ (the plain text of each, the HTML of one, and its screenshot) for a person to
 * read.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NudgesTest {

    static final Path RECEIVED = Path.of("target", "nudges");

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    static final Webhook WEBHOOK = new Webhook();
    static ConfigurableApplicationContext node;
    static SeededWeek week;
    static Api admin;

    @BeforeAll
    static void aMonthAtTheHarbour() {
        node = SeededWeek.node(TestPostgres.newDatabase(), SMTP.getSmtp().getPort());
        admin = new Api(port(node));
        week = SeededWeek.tell(admin, WEBHOOK.url());
    }

    @AfterAll
    static void stop() {
        node.close();
        WEBHOOK.close();
        SeededWeek.realTime();
    }

    @Test
    @Order(1)
    void aPriorityAssignedToSomeoneElseIsToldToThemAtOnceByTheirChannels() {
        eventually(() -> assertThat(Inbox.of(SMTP).withSubjectStarting("Priority assigned to you"))
                .extracting(Inbox.Mail::to, Inbox.Mail::subject)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(SeededWeek.MILO,
                        "Priority assigned to you: Open the north pier")));
        Inbox.Mail told = Inbox.of(SMTP).withSubjectStarting("Priority assigned to you").get(0);
        assertThat(told.text()).contains("Hana Ito assigned you “Open the north pier” in Harbour Co")
                .contains(SeededWeek.BASE_URL + "/priorities/" + week.pier);
        assertThat(told.html()).contains("href=\"" + SeededWeek.BASE_URL + "/priorities/" + week.pier + "\"");
        eventually(() -> assertThat(WEBHOOK.texts()).containsExactly("Priority assigned to you: Open the north pier\n"
                + "• Hana Ito assigned you “Open the north pier” in Harbour Co " + SeededWeek.BASE_URL + "/priorities/"
                + week.pier));
        assertThat(Inbox.of(SMTP).mails()).as("Hana assigned herself hers: nobody is told of what they did")
                .hasSize(1);
    }

    @Test
    @Order(2)
    void atTheDigestsHourExactlyTheExpectedDigestsGoOutOnce() throws Exception {
        assertThat(Inbox.of(SMTP).withSubjectStarting("Your week")).as("before 08:00 on Monday").isEmpty();

        SeededWeek.now(SeededWeek.DIGEST_TIME);

        eventually(() -> assertThat(Inbox.of(SMTP).withSubjectStarting("Your week")).hasSize(2));
        Thread.sleep(3000); // three more looks at the outbox, which must send nothing more
        List<Inbox.Mail> digests = Inbox.of(SMTP).withSubjectStarting("Your week");
        assertThat(digests).extracting(Inbox.Mail::to, Inbox.Mail::subject).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(SeededWeek.MILO, "Your week in Throughline: 4 things due"),
                org.assertj.core.groups.Tuple.tuple(SeededWeek.HANA, "Your week in Throughline: 3 things due"));
        Inbox.Mail milo = to(digests, SeededWeek.MILO);
        Inbox.Mail hana = to(digests, SeededWeek.HANA);
        assertThat(milo.text()).startsWith("Hello Milo Berg,\n\nhere is what is due this week, Week 49 (30 Nov – 6 Dec):");
        assertThat(milo.digestLines()).containsExactlyElementsOf(week.milo());
        assertThat(hana.digestLines()).containsExactlyElementsOf(week.hana());
        assertThat(milo.text()).contains("Choose your nudges or turn them off: " + SeededWeek.BASE_URL
                + "/account#notifications");
        assertThat(milo.html()).contains("<h2", "KPI values to record", "href=\"" + SeededWeek.BASE_URL + "/metrics/"
                + week.kpi + "\"");
        eventually(() -> assertThat(WEBHOOK.texts()).hasSize(2));
        assertThat(WEBHOOK.texts().get(1)).isEqualTo("Milo Berg's week in Harbour Co:\n"
                + "• Record Ships unloaded for Week 48 (23–29 Nov) " + SeededWeek.BASE_URL + "/metrics/" + week.kpi + "\n"
                + "• “Open the north pier”: is due Fri 4 Dec, no status report for 28 days " + SeededWeek.BASE_URL
                + "/priorities/" + week.pier);

        keepForReading(digests);
    }

    @Test
    @Order(3)
    void aPriorityHandedToSomeoneReachesThemWithinAMinute() {
        SeededWeek.ok(admin.as("hana").post("/api/priorities/" + week.hiring + "/owner",
                Map.of("newOwnerId", "milo", "reason", "Milo knows the crane crews")));

        eventually(() -> assertThat(Inbox.of(SMTP).withSubjectStarting("Priority handed to you"))
                .extracting(Inbox.Mail::to).containsExactly(SeededWeek.MILO));
        assertThat(Inbox.of(SMTP).withSubjectStarting("Priority handed to you").get(0).text())
                .contains("Hana Ito handed “Hire two crane operators” in Harbour Co to you");
    }

    @Test
    @Order(4)
    void aDecisionFlaggedInATeamIsToldToItsOtherPeopleWithoutTheFlagsReason() {
        SeededWeek.ok(admin.as("noor").post("/api/teams/" + week.company + "/decisions", Map.of("category", "pricing",
                "title", "Berth fees up 5%", "decision", "Raise the berth fees by 5% from January",
                "deciderId", "noor")));

        eventually(() -> assertThat(Inbox.of(SMTP).withSubjectStarting("A decision was flagged"))
                .extracting(Inbox.Mail::to).containsExactlyInAnyOrder(SeededWeek.HANA, SeededWeek.MILO));
        assertThat(Inbox.of(SMTP).withSubjectStarting("A decision was flagged")).allSatisfy(told -> {
            assertThat(told.subject()).isEqualTo("A decision was flagged in Harbour Co: Berth fees up 5%");
            assertThat(told.text()).contains("A decision in Harbour Co was flagged: “Berth fees up 5%”",
                    SeededWeek.BASE_URL + "/teams/" + week.company + "/decisions").doesNotContain("DECIDE", "January");
        });
        eventually(() -> assertThat(WEBHOOK.texts()).as("once for the team, though two were told")
                .filteredOn(text -> text.startsWith("A decision was flagged")).hasSize(1));
    }

    @Test
    @Order(5)
    void aPriorityDroppedIsToldToTheOwnersOfThePrioritiesServingIt() {
        Api hana = admin.as("hana");
        String docks = hana.create("/api/teams", Map.of("name", "Docks", "parentTeamId", week.company));
        SeededWeek.ok(hana.send("PUT", "/api/teams/" + docks + "/lead", Map.of("personId", "milo")));
        String ferry = hana.create("/api/priorities", Map.of("teamId", week.company, "quarter", "2026-Q4",
                "title", "Win the ferry contract", "ownerId", "hana"));
        String berth = admin.as("milo").create("/api/priorities", Map.of("teamId", docks, "quarter", "2026-Q4",
                "title", "Ready a ferry berth", "ownerId", "milo", "parentPriorityId", ferry));
        eventually(() -> assertThat(hana.get("/api/priorities/" + berth).status()).isEqualTo(200));

        SeededWeek.ok(hana.post("/api/priorities/" + ferry + "/drop", Map.of("reason", "the port authority chose another")));

        eventually(() -> assertThat(Inbox.of(SMTP).withSubjectStarting("A priority yours serves was dropped"))
                .extracting(Inbox.Mail::to, Inbox.Mail::subject).containsExactly(org.assertj.core.groups.Tuple.tuple(
                        SeededWeek.MILO, "A priority yours serves was dropped: Win the ferry contract")));
        assertThat(Inbox.of(SMTP).withSubjectStarting("A priority yours serves").get(0).text())
                .contains("“Win the ferry contract”, which your “Ready a ferry berth” serves, was dropped",
                        SeededWeek.BASE_URL + "/priorities/" + berth)
                .doesNotContain("port authority");
    }

    /** The plain text of each digest, the HTML of one and its screenshot, for the closing note. */
    private static void keepForReading(List<Inbox.Mail> digests) throws IOException {
        Files.createDirectories(RECEIVED);
        for (Inbox.Mail digest : digests) {
            Files.writeString(RECEIVED.resolve(digest.to().replaceAll("@.*", "") + ".txt"), "To: " + digest.to()
                    + "\nSubject: " + digest.subject() + "\n\n" + digest.text());
        }
        Path html = RECEIVED.resolve("digest.html");
        Files.writeString(html, to(digests, SeededWeek.MILO).html());
        ChromeDriver browser = Browser.start();
        try {
            browser.get(html.toAbsolutePath().toUri().toString());
            Path screenshots = Path.of("target", "screenshots");
            Files.createDirectories(screenshots);
            Files.write(screenshots.resolve("digest-email.png"), browser.getScreenshotAs(OutputType.BYTES));
            assertThat(browser.findElement(org.openqa.selenium.By.tagName("body")).getText())
                    .contains("Hello Milo Berg,", "KPI values to record", "Record Ships unloaded for Week 48 (23–29 Nov)");
        } finally {
            browser.quit();
        }
    }

    private static Inbox.Mail to(List<Inbox.Mail> mails, String address) {
        return mails.stream().filter(mail -> mail.to().equals(address)).findFirst().orElseThrow();
    }
}
