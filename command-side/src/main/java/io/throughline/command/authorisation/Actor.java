package io.throughline.command.authorisation;

import io.throughline.kernel.PersonId;

import java.util.List;

/** The person sending a command and the roles they have, as the dispatching side stamped them into the metadata. */
public record Actor(PersonId person, List<String> roles) {

    static Actor of(String name, Object roles) {
        return new Actor(new PersonId(name), roles == null || roles.toString().isBlank() ? List.of()
                : List.of(roles.toString().split(",")));
    }

    public boolean isAdmin() {
        return roles.contains("ADMIN");
    }

    public boolean isLeader() {
        return roles.contains("LEADER");
    }

    /** Leaders and members: the people who own priorities and KPIs and take part in their teams' huddles. */
    public boolean isLeaderOrMember() {
        return isLeader() || roles.contains("MEMBER");
    }
}
