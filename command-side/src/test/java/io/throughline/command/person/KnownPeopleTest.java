package io.throughline.command.person;

import io.throughline.command.rejection.CommandRejectedException;
import io.throughline.kernel.CommandRejection;
import io.throughline.kernel.PersonId;
import io.throughline.kernel.huddle.HoldHuddle;
import io.throughline.kernel.huddle.HuddleId;
import io.throughline.kernel.huddle.StuckItem;
import io.throughline.kernel.huddle.StuckItemId;
import io.throughline.kernel.team.AddTeamMember;
import io.throughline.kernel.team.RemoveTeamMember;
import io.throughline.kernel.team.TeamId;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KnownPeopleTest {

    private static final TeamId SALES = new TeamId("sales");
    private static final InterceptorChain PROCEED = () -> "handled";

    private final KnownPeople knownPeople = new KnownPeople(new PersonDirectory(null) {
        private final Map<String, Standing> people = Map.of("rita", Standing.ACTIVE, "dora", Standing.DISABLED);

        @Override
        public Standing standingOf(PersonId person) {
            return people.getOrDefault(person.value(), Standing.UNKNOWN);
        }
    });

    @Test
    void aKnownActivePersonMayBeNamed() throws Exception {
        assertThat(send(new AddTeamMember(SALES, new PersonId("rita")))).isEqualTo("handled");
    }

    @Test
    void anUnknownPersonIsRefusedNamingTheField() {
        assertRefused(new AddTeamMember(SALES, new PersonId("ghost")), "personId");
    }

    @Test
    void aDisabledPersonIsRefused() {
        assertRefused(new AddTeamMember(SALES, new PersonId("dora")), "personId");
    }

    @Test
    void aFormerMemberCanStillBeRemoved() throws Exception {
        assertThat(send(new RemoveTeamMember(SALES, new PersonId("dora")))).isEqualTo("handled");
        assertThat(send(new RemoveTeamMember(SALES, new PersonId("ghost")))).isEqualTo("handled");
    }

    @Test
    void peopleInListsAndNestedRecordsAreNamedByTheirPlace() {
        PersonId rita = new PersonId("rita");
        assertRefused(huddle(List.of(rita, new PersonId("ghost")), List.of()), "attendeeIds[1]");
        assertRefused(huddle(List.of(rita), List.of(stuckWith(rita), stuckWith(new PersonId("dora")))), "stuck[1].ownerId");
    }

    private static HoldHuddle huddle(List<PersonId> attendees, List<StuckItem> stuck) {
        return new HoldHuddle(new HuddleId("h1"), SALES, LocalDate.of(2026, 12, 1), new PersonId("rita"), attendees,
                List.of(), List.of(), stuck, List.of());
    }

    private static StuckItem stuckWith(PersonId owner) {
        return new StuckItem(new StuckItemId("s-" + owner), "waiting for legal", owner, null);
    }

    private void assertRefused(Object command, String field) {
        assertThatThrownBy(() -> send(command)).isInstanceOfSatisfying(CommandRejectedException.class, refused -> {
            assertThat(refused.rejection().kind()).isEqualTo(CommandRejection.Kind.RULE_BROKEN);
            assertThat(refused.rejection().field()).isEqualTo(field);
            assertThat(refused.rejection().rule()).isEqualTo("person-known");
        });
    }

    /** In a unit of work rolled back at the end: one left open on the thread would capture the next test's commands. */
    private Object send(Object command) throws Exception {
        var unitOfWork = DefaultUnitOfWork.startAndGet(GenericCommandMessage.asCommandMessage(command));
        try {
            return knownPeople.handle(unitOfWork, PROCEED);
        } finally {
            unitOfWork.rollback();
        }
    }
}
