package io.throughline.command.authorisation;

import io.throughline.command.rejection.CommandRejectedException;
import io.throughline.kernel.AuditMetadata;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.List;
import java.util.Locale;

/**
 * Who may send which command, checked on the command side so that the API and any UI pass through it alike. It reads
 * the actor and roles that the dispatching side stamped into the metadata; the rules themselves are the features'
 * own ({@link FeaturePolicy}, such as {@code team.TeamPolicy}, {@code priority.PriorityPolicy}), in the words of
 * {@link Leadership}. A command nobody was given the right to send is refused.
 */
public class CommandPolicy implements MessageHandlerInterceptor<CommandMessage<?>> {

    private static final String RULES_IN_SHORT = "admins set up the organisation; leaders act on the teams they lead "
            + "and below; owners report on their priorities and KPIs; a team's people record its decisions";

    private final Permissions permissions = new Permissions();

    public CommandPolicy(List<FeaturePolicy> policies) {
        policies.forEach(policy -> policy.grant(permissions));
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        CommandMessage<?> command = unitOfWork.getMessage();
        authorise(command.getMetaData(), command.getPayload());
        return chain.proceed();
    }

    /** The command as a person reads it on a page as well as in the API: AddTeamMember is "add team member". */
    private static String inWords(Object command) {
        return command.getClass().getSimpleName().replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ").toLowerCase(Locale.ENGLISH);
    }

    /**
     * Refuses the command, as sent with that metadata, to an actor who may not send it; for a command carried inside
     * another (a huddle's status reports) checked as the actor's own.
     *
     * @throws CommandRejectedException forbidden
     */
    public void authorise(MetaData metaData, Object command) {
        Object actorName = metaData.get(AuditMetadata.ACTOR);
        // Commands the service sends itself (set-up, benchmarks) carry no person and are trusted.
        if (actorName == null || AuditMetadata.SYSTEM.equals(actorName)) {
            return;
        }
        Actor actor = Actor.of(actorName.toString(), metaData.get(AuditMetadata.ROLES));
        if (!permissions.allows(actor, command)) {
            throw CommandRejectedException.forbidden(actor.person() + " may not " + inWords(command) + " here: "
                    + RULES_IN_SHORT);
        }
    }
}
