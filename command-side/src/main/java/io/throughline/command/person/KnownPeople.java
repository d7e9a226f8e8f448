package io.throughline.command.person;

import io.throughline.command.CommandFields;
import io.throughline.command.rejection.CommandRejectedException;
import io.throughline.kernel.AnyPerson;
import io.throughline.kernel.FieldPath;
import io.throughline.kernel.PersonId;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Refuses a command that names someone who is not a person of the organisation, or whose account is disabled: an
 * owner, lead, member, facilitator, attendee, decider... must be able to sign in and see what they were given. Every
 * {@link PersonId} in every command is checked, wherever it is, except the fields marked {@link AnyPerson}; commands
 * the service sends itself are held to it too. The events already stored are not: a person named before people were
 * in the log is read as they were.
 */
public class KnownPeople implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final PersonDirectory people;

    public KnownPeople(PersonDirectory people) {
        this.people = people;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        CommandFields.walk(unitOfWork.getMessage().getPayload(), (field, component, value) -> {
            if (value instanceof PersonId person && (component == null || !component.isAnnotationPresent(AnyPerson.class))) {
                check(field, person);
            }
        });
        return chain.proceed();
    }

    private void check(FieldPath field, PersonId person) {
        switch (people.standingOf(person)) {
            case UNKNOWN -> throw CommandRejectedException.ruleBroken(PersonRule.PERSON_KNOWN, field,
                    "no person '" + person + "': an admin registers people (Administration, or POST /api/admin/users)");
            case DISABLED -> throw CommandRejectedException.ruleBroken(PersonRule.PERSON_KNOWN, field,
                    "the account of '" + person + "' is disabled");
            case ACTIVE -> {
            }
        }
    }
}
