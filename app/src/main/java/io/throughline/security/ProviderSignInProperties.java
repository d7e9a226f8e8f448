package io.throughline.security;

import io.throughline.kernel.person.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Who a person signing in with the company's identity provider is in Throughline (the provider itself is configured
 * by Spring's {@code spring.security.oauth2.client.*} settings; without them none of this is used).
 *
 * @param usernameClaim The claim of the provider's ID token (or user info) that gives a person their username when
 *                      they first sign in, lower-cased and with any character a username cannot hold made a '-'.
 * @param rolesClaim    The claim listing the person's groups (a list of strings, or one string), read at every
 *                      sign-in: the roles it maps to (roles) are the person's roles from then on.
 * @param roles         Which values of the roles claim give each role.
 */
@ConfigurationProperties("throughline.oidc")
public record ProviderSignInProperties(@DefaultValue("preferred_username") String usernameClaim,
                                       @DefaultValue("groups") String rolesClaim,
                                       @DefaultValue RoleGroups roles) {

    /**
     * The values of the roles claim that give each role; a person in none of them is refused.
     *
     * @param admin    Groups whose members are administrators.
     * @param leader   Groups whose members are leaders.
     * @param member   Groups whose members are members.
     * @param auditor  Groups whose members are auditors.
     * @param analyst  Groups whose members are analysts.
     */
    public record RoleGroups(@DefaultValue("throughline-admins") List<String> admin,
                             @DefaultValue("throughline-leaders") List<String> leader,
                             @DefaultValue("throughline-members") List<String> member,
                             @DefaultValue("throughline-auditors") List<String> auditor,
                             @DefaultValue("throughline-analysts") List<String> analyst) {

        /** The roles that these groups give. */
        Set<Role> of(Collection<String> groups) {
            Set<Role> roles = EnumSet.noneOf(Role.class);
            addIfAny(roles, Role.ADMIN, admin, groups);
            addIfAny(roles, Role.LEADER, leader, groups);
            addIfAny(roles, Role.MEMBER, member, groups);
            addIfAny(roles, Role.AUDITOR, auditor, groups);
            addIfAny(roles, Role.ANALYST, analyst, groups);
            return roles;
        }

        private static void addIfAny(Set<Role> roles, Role role, List<String> giving, Collection<String> groups) {
            if (giving.stream().anyMatch(groups::contains)) {
                roles.add(role);
            }
        }
    }
}
