package io.throughline.command.nudge;

import io.throughline.kernel.nudge.NotificationChoices;
import io.throughline.kernel.nudge.NotificationDefaults;
import io.throughline.kernel.nudge.NotificationDefaultsSet;
import io.throughline.kernel.nudge.SetNotificationDefaults;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;

import static io.throughline.command.Rejections.rejected;
import static io.throughline.kernel.CommandRejection.Kind.CONFLICT;
import static io.throughline.kernel.CommandRejection.Kind.INVALID;

class OrganisationNudgesTest {

    private static final NotificationChoices BY_CHAT = new NotificationChoices(false, true, true, true);
    private static final NotificationDefaults FRIDAY_IN_OSLO = new NotificationDefaults(DayOfWeek.FRIDAY, 15,
            "Europe/Oslo", BY_CHAT);

    private AggregateTestFixture<OrganisationNudges> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(OrganisationNudges.class);
    }

    @Test
    void anAdminSetsTheOrganisationsNudges() {
        fixture.givenNoPriorActivity()
                .when(new SetNotificationDefaults(FRIDAY_IN_OSLO))
                .expectEvents(new NotificationDefaultsSet(SetNotificationDefaults.ORGANISATION, FRIDAY_IN_OSLO));
    }

    @Test
    void theFirstSettingMayBeTheDefaultsThemselves() {
        fixture.givenNoPriorActivity()
                .when(new SetNotificationDefaults(NotificationDefaults.DEFAULT))
                .expectEvents(new NotificationDefaultsSet(SetNotificationDefaults.ORGANISATION,
                        NotificationDefaults.DEFAULT));
    }

    @Test
    void settingThemAsTheyAreChangesNothing() {
        fixture.given(new NotificationDefaultsSet(SetNotificationDefaults.ORGANISATION, FRIDAY_IN_OSLO))
                .when(new SetNotificationDefaults(FRIDAY_IN_OSLO))
                .expectNoEvents().expectException(rejected(CONFLICT, null));
    }

    @Test
    void theHourIsOneOfTheDays() {
        fixture.givenNoPriorActivity()
                .when(new SetNotificationDefaults(new NotificationDefaults(DayOfWeek.MONDAY, 24, "UTC", BY_CHAT)))
                .expectNoEvents().expectException(rejected(INVALID, "digestHour"));
    }

    @Test
    void theTimeZoneIsOneThatExists() {
        fixture.givenNoPriorActivity()
                .when(new SetNotificationDefaults(new NotificationDefaults(DayOfWeek.MONDAY, 8, "Europe/Atlantis",
                        BY_CHAT)))
                .expectNoEvents().expectException(rejected(INVALID, "timeZone"));
    }

    @Test
    void theDayIsGiven() {
        fixture.givenNoPriorActivity()
                .when(new SetNotificationDefaults(new NotificationDefaults(null, 8, "UTC", BY_CHAT)))
                .expectNoEvents().expectException(rejected(INVALID, "digestDay"));
    }
}
