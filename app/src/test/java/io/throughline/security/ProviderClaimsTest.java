package io.throughline.security;

import io.throughline.kernel.person.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What a provider's claims make of a person: a username from their username claim, roles from their groups. */
class ProviderClaimsTest {

    @ParameterizedTest
    @CsvSource({
            "ines, ines",
            "Ines.Ortiz, ines.ortiz",
            "Jane.Doe@Acme.example, jane.doe-acme.example",
            "'  José Núñez ', jose-nunez",
            "__svc_backup, svc_backup",
            "a-name-that-goes-on-and-on-far-beyond-fifty-characters-in-all, a-name-that-goes-on-and-on-far-beyond-fifty-charac"})
    void aUsernameIsMadeFromTheClaim(String claimed, String username) {
        assertThat(ProviderAccounts.username(claimed)).contains(username);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "x", "@@@", "---", "system", "李"})
    void aClaimThatCannotMakeAUsernameMakesNone(String claimed) {
        assertThat(ProviderAccounts.username(claimed)).isEmpty();
    }

    @Test
    void noClaimMakesNoUsername() {
        assertThat(ProviderAccounts.username(null)).isEmpty();
    }

    @Test
    void eachRoleIsGivenByTheGroupsListedForIt() {
        ProviderSignInProperties.RoleGroups groups = new ProviderSignInProperties.RoleGroups(List.of("it-admins"),
                List.of("department-heads", "team-leads"), List.of("staff"), List.of(), List.of("bi"));

        assertThat(groups.of(List.of("team-leads", "staff", "cafeteria"))).containsExactly(Role.LEADER, Role.MEMBER);
        assertThat(groups.of(List.of("it-admins", "bi"))).containsExactly(Role.ADMIN, Role.ANALYST);
        assertThat(groups.of(List.of("cafeteria"))).isEmpty();
    }
}
