package io.throughline.command.person;

import io.throughline.kernel.PersonId;
import io.throughline.kernel.person.AccountDisabled;
import io.throughline.kernel.person.AccountEnabled;
import io.throughline.kernel.person.ChangeEmail;
import io.throughline.kernel.person.DisableAccount;
import io.throughline.kernel.person.EmailChanged;
import io.throughline.kernel.person.EnableAccount;
import io.throughline.kernel.person.GrantRole;
import io.throughline.kernel.person.PasswordSet;
import io.throughline.kernel.person.PersonRegistered;
import io.throughline.kernel.person.RegisterPerson;
import io.throughline.kernel.person.RevokeRole;
import io.throughline.kernel.person.RoleGranted;
import io.throughline.kernel.person.RoleRevoked;
import io.throughline.kernel.person.SetPassword;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static io.throughline.command.Rejections.rejected;
import static io.throughline.kernel.CommandRejection.Kind.CONFLICT;
import static io.throughline.kernel.CommandRejection.Kind.INVALID;
import static io.throughline.kernel.person.Role.ADMIN;
import static io.throughline.kernel.person.Role.AUDITOR;
import static io.throughline.kernel.person.Role.LEADER;

class PersonTest {

    private static final PersonId SAM = new PersonId("sam");
    private static final PersonRegistered REGISTERED = new PersonRegistered(SAM, "Sam Lee", null);
    private static final RoleGranted LEADS = new RoleGranted(SAM, LEADER);

    private AggregateTestFixture<Person> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(Person.class);
    }

    @Test
    void aPersonIsRegisteredWithEachRoleGranted() {
        fixture.givenNoPriorActivity()
                .when(new RegisterPerson(SAM, " Sam Lee ", Set.of(LEADER, ADMIN), null))
                .expectEvents(REGISTERED, new RoleGranted(SAM, ADMIN), LEADS);
    }

    @Test
    void withoutANameThePersonIsCalledByTheirUsername() {
        fixture.givenNoPriorActivity()
                .when(new RegisterPerson(SAM, " ", Set.of(LEADER), null))
                .expectEvents(new PersonRegistered(SAM, "sam", null), LEADS);
    }

    @Test
    void aPersonIsRegisteredWithTheirEmailAddress() {
        fixture.givenNoPriorActivity()
                .when(new RegisterPerson(SAM, "Sam Lee", Set.of(LEADER), " sam@example.com "))
                .expectEvents(new PersonRegistered(SAM, "Sam Lee", "sam@example.com"), LEADS);
    }

    @Test
    void anAddressThatCannotBeOneIsRefusedOnRegistration() {
        fixture.givenNoPriorActivity()
                .when(new RegisterPerson(SAM, "Sam Lee", Set.of(LEADER), "sam at example.com"))
                .expectNoEvents().expectException(rejected(INVALID, "email"));
    }

    @Test
    void anEmailAddressIsChanged() {
        fixture.given(REGISTERED, LEADS)
                .when(new ChangeEmail(SAM, "sam.lee@example.com"))
                .expectEvents(new EmailChanged(SAM, "sam.lee@example.com"));
    }

    @Test
    void aBlankAddressTakesTheAddressAway() {
        fixture.given(new PersonRegistered(SAM, "Sam Lee", "sam@example.com"), LEADS)
                .when(new ChangeEmail(SAM, " "))
                .expectEvents(new EmailChanged(SAM, null));
    }

    @Test
    void theSameAddressChangesNothing() {
        fixture.given(new PersonRegistered(SAM, "Sam Lee", "sam@example.com"), LEADS)
                .when(new ChangeEmail(SAM, "sam@example.com"))
                .expectNoEvents().expectException(rejected(CONFLICT, "email"));
    }

    @Test
    void aChangedAddressMustBeOne() {
        fixture.given(REGISTERED, LEADS)
                .when(new ChangeEmail(SAM, "sam@"))
                .expectNoEvents().expectException(rejected(INVALID, "email"));
    }

    @Test
    void aPersonIsRegisteredOnce() {
        fixture.given(REGISTERED, LEADS)
                .when(new RegisterPerson(SAM, "Another Sam", Set.of(AUDITOR), null))
                .expectNoEvents().expectException(rejected(CONFLICT, "username"));
    }

    @Test
    void aPersonHasAtLeastOneRole() {
        fixture.givenNoPriorActivity()
                .when(new RegisterPerson(SAM, "Sam Lee", Set.of(), null))
                .expectNoEvents().expectException(rejected(INVALID, "roles"));
    }

    @Test
    void aRoleIsGrantedOnce() {
        fixture.given(REGISTERED, LEADS)
                .when(new GrantRole(SAM, LEADER))
                .expectNoEvents().expectException(rejected(CONFLICT, "role"));
    }

    @Test
    void aRoleIsGranted() {
        fixture.given(REGISTERED, LEADS)
                .when(new GrantRole(SAM, ADMIN))
                .expectEvents(new RoleGranted(SAM, ADMIN));
    }

    @Test
    void aHeldRoleIsRevoked() {
        fixture.given(REGISTERED, LEADS)
                .when(new RevokeRole(SAM, LEADER))
                .expectEvents(new RoleRevoked(SAM, LEADER));
    }

    @Test
    void onlyAHeldRoleIsRevoked() {
        fixture.given(REGISTERED, LEADS, new RoleRevoked(SAM, LEADER))
                .when(new RevokeRole(SAM, LEADER))
                .expectNoEvents().expectException(rejected(CONFLICT, "role"));
    }

    @Test
    void anAccountIsDisabledAndEnabledAgain() {
        fixture.given(REGISTERED, LEADS)
                .when(new DisableAccount(SAM))
                .expectEvents(new AccountDisabled(SAM));
        fixture.given(REGISTERED, LEADS, new AccountDisabled(SAM))
                .when(new EnableAccount(SAM))
                .expectEvents(new AccountEnabled(SAM));
    }

    @Test
    void disablingADisabledAccountChangesNothing() {
        fixture.given(REGISTERED, LEADS, new AccountDisabled(SAM))
                .when(new DisableAccount(SAM))
                .expectNoEvents().expectException(rejected(CONFLICT, null));
    }

    @Test
    void enablingAnEnabledAccountChangesNothing() {
        fixture.given(REGISTERED, LEADS)
                .when(new EnableAccount(SAM))
                .expectNoEvents().expectException(rejected(CONFLICT, null));
    }

    @Test
    void aPasswordSetIsRecordedWithoutThePassword() {
        fixture.given(REGISTERED, LEADS)
                .when(new SetPassword(SAM))
                .expectEvents(new PasswordSet(SAM));
    }
}
