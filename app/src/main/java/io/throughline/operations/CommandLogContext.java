package io.throughline.operations;

import io.throughline.kernel.AuditMetadata;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

import java.util.Objects;

/**
 * Names the actor and the command in the log context (MDC keys {@value #ACTOR} and {@value #COMMAND}) of every line
 * logged while a command is handled, so that the structured logs (README, "Operating it") tell who caused what.
 * The actor is the one stamped into the command's metadata at dispatch (io.throughline.actor).
 */
@Configuration(proxyBeanMethods = false)
class CommandLogContext implements MessageHandlerInterceptor<CommandMessage<?>> {

    static final String ACTOR = "actor";
    static final String COMMAND = "command";

    @Autowired
    void register(CommandBus commandBus) {
        commandBus.registerHandlerInterceptor(this);
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        CommandMessage<?> command = unitOfWork.getMessage();
        // A huddle's command sends a command per update from inside its handler: the outer one's context comes back after.
        String outerActor = MDC.get(ACTOR);
        String outerCommand = MDC.get(COMMAND);
        put(ACTOR, Objects.toString(command.getMetaData().get(AuditMetadata.ACTOR), null));
        put(COMMAND, command.getPayloadType().getSimpleName());
        try {
            return chain.proceed();
        } finally {
            put(ACTOR, outerActor);
            put(COMMAND, outerCommand);
        }
    }

    private static void put(String key, String value) {
        if (value == null) {
            MDC.remove(key);
        } else {
            MDC.put(key, value);
        }
    }
}
