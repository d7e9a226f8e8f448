package io.throughline.command.rejection;

import io.throughline.kernel.CommandRejection;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;

/**
 * Turns refusals into {@link CommandExecutionException}s whose details are a {@link CommandRejection}: the form in
 * which Axon carries an error back to the sender, also across a distributed command bus where exception classes do
 * not travel.
 */
public class RejectionTranslator implements MessageHandlerInterceptor<CommandMessage<?>> {

    private static final CommandTargetResolver TARGETS = AnnotationCommandTargetResolver.builder().build();

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        try {
            return chain.proceed();
        } catch (CommandRejectedException e) {
            throw new CommandExecutionException(e.getMessage(), e, e.rejection());
        } catch (AggregateNotFoundException e) {
            throw notFound(e.getAggregateIdentifier(), e);
        } catch (IncompatibleAggregateException e) {
            // The target id belongs to another kind of aggregate: from the sender's side, the target does not exist.
            throw notFound(TARGETS.resolveTarget(unitOfWork.getMessage()).getIdentifier(), e);
        }
    }

    private static CommandExecutionException notFound(Object id, Exception cause) {
        String message = "nothing exists with id '" + id + "'";
        return new CommandExecutionException(message, cause,
                new CommandRejection(CommandRejection.Kind.NOT_FOUND, null, message, null));
    }
}
