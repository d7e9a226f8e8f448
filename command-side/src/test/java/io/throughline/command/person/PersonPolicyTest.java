package io.throughline.command.person;

import io.throughline.command.authorisation.CommandPolicy;
import io.throughline.command.rejection.CommandRejectedException;
import io.throughline.kernel.AuditMetadata;
import io.throughline.kernel.PersonId;
import io.throughline.kernel.person.ChangeEmail;
import io.throughline.kernel.person.DisableAccount;
import io.throughline.kernel.person.EnableAccount;
import io.throughline.kernel.person.GrantRole;
import io.throughline.kernel.person.RegisterPerson;
import io.throughline.kernel.person.RevokeRole;
import io.throughline.kernel.person.Role;
import io.throughline.kernel.person.SetPassword;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Only admins manage people: a leader, an auditor or an analyst can neither register nor promote anyone, nor set
 * anyone's password but their own.
 */
class PersonPolicyTest {

    private static final PersonId SAM = new PersonId("sam");
    private final CommandPolicy policy = new CommandPolicy(List.of(new PersonPolicy()));

    static List<Object> personCommands() {
        return List.of(new RegisterPerson(SAM, "Sam Lee", Set.of(Role.LEADER), null), new GrantRole(SAM, Role.ADMIN),
                new RevokeRole(SAM, Role.LEADER), new DisableAccount(SAM), new EnableAccount(SAM), new SetPassword(SAM),
                new ChangeEmail(SAM, "sam@example.com"));
    }

    @ParameterizedTest
    @MethodSource("personCommands")
    void adminsManagePeople(Object command) {
        assertThatCode(() -> policy.authorise(signedBy("ada", "ADMIN"), command)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @MethodSource("personCommands")
    void nobodyElseManagesPeople(Object command) {
        assertThatThrownBy(() -> policy.authorise(signedBy("tom", "LEADER,AUDITOR,ANALYST"), command))
                .isInstanceOf(CommandRejectedException.class).hasMessageContaining("tom may not");
    }

    @Test
    void aPersonSetsTheirOwnPassword() {
        assertThatCode(() -> policy.authorise(signedBy("sam", "LEADER"), new SetPassword(SAM)))
                .doesNotThrowAnyException();
    }

    @Test
    void aPersonChangesTheirOwnEmailAddress() {
        assertThatCode(() -> policy.authorise(signedBy("sam", "MEMBER"), new ChangeEmail(SAM, "sam@example.com")))
                .doesNotThrowAnyException();
    }

    private static MetaData signedBy(String person, String roles) {
        return MetaData.from(Map.of(AuditMetadata.ACTOR, person, AuditMetadata.ROLES, roles));
    }
}
