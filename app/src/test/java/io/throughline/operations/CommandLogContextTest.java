package io.throughline.operations;

import io.throughline.kernel.AuditMetadata;
import io.throughline.kernel.team.RegisterTeam;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every line logged while a command is handled names its actor and the command; none after. */
class CommandLogContextTest {

    private final CommandLogContext context = new CommandLogContext();

    @AfterEach
    void clear() {
        MDC.clear();
    }

    @Test
    void theActorAndTheCommandAreInTheLogContextWhileTheCommandIsHandled() throws Exception {
        Object seen = context.handle(unitOfWork(command("maria")), MDC::getCopyOfContextMap);

        assertThat(seen).isEqualTo(Map.of("actor", "maria", "command", "RegisterTeam"));
        assertThat(MDC.getCopyOfContextMap()).as("after the command").isNullOrEmpty();
    }

    @Test
    void aCommandSentWhileAnotherIsHandledLeavesTheOuterOnesContextAsItWas() throws Exception {
        MDC.put("requestId", "r-1");

        Object seen = context.handle(unitOfWork(command("maria")), () -> {
            context.handle(unitOfWork(command(AuditMetadata.SYSTEM)), () -> null);
            return MDC.getCopyOfContextMap();
        });

        assertThat(seen).isEqualTo(Map.of("actor", "maria", "command", "RegisterTeam", "requestId", "r-1"));
        assertThat(MDC.getCopyOfContextMap()).isEqualTo(Map.of("requestId", "r-1"));
    }

    @Test
    void theContextIsClearedWhenTheHandlerThrows() {
        assertThatThrownBy(() -> context.handle(unitOfWork(command("maria")), () -> {
            throw new IllegalStateException("refused");
        })).hasMessage("refused");

        assertThat(MDC.getCopyOfContextMap()).isNullOrEmpty();
    }

    /**
     * Not started: a started unit of work stays the thread's current one, and the next test's service on this thread
     * would nest its commands in it, whose events then never reach the subscribing processors.
     */
    private static DefaultUnitOfWork<CommandMessage<?>> unitOfWork(CommandMessage<?> command) {
        return new DefaultUnitOfWork<>(command);
    }

    private static CommandMessage<?> command(String actor) {
        return GenericCommandMessage.asCommandMessage(new RegisterTeam(null, "Acme", null))
                .andMetaData(MetaData.with(AuditMetadata.ACTOR, actor));
    }
}
