package io.throughline.command.rejection;

import io.throughline.kernel.CommandRejection;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;

/**
 * Turns refusals into {@link CommandExecutionException}s whose details are a {@link CommandRejection}: the form in
 * which Axon carries an error back to the sender, also across a distributed command bus where exception classes do
 * not travel.
 */
public class RejectionTranslator implements MessageHandlerInterceptor<CommandMessage<?>> {

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        try {
            return chain.proceed();
        } catch (CommandRejectedException e) {
            throw new CommandExecutionException(e.getMessage(), e, e.rejection());
        } catch (AggregateNotFoundException e) {
            String message = "nothing exists with id '" + e.getAggregateIdentifier() + "'";
            throw new CommandExecutionException(message, e,
                    new CommandRejection(CommandRejection.Kind.NOT_FOUND, null, message));
        }
    }
}
