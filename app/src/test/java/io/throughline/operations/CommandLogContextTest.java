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
        Object seen = context.handle(DefaultUnitOfWork.startAndGet(command("maria")), MDC::getCopyOfContextMap);

        assertThat(seen).isEqualTo(Map.of("actor", "maria", "command", "RegisterTeam"));
        assertThat(MDC.getCopyOfContextMap()).as("after the command").isNullOrEmpty();
    }

    @Test
    void aCommandSentWhileAnotherIsHandledLeavesTheOuterOnesContextAsItWas() throws Exception {
        MDC.put("requestId", "r-1");

        Object seen = context.handle(DefaultUnitOfWork.startAndGet(command("maria")), () -> {
            context.handle(DefaultUnitOfWork.startAndGet(command(AuditMetadata.SYSTEM)), () -> null);
            return MDC.getCopyOfContextMap();
        });

        assertThat(seen).isEqualTo(Map.of("actor", "maria", "command", "RegisterTeam", "requestId", "r-1"));
        assertThat(MDC.getCopyOfContextMap()).isEqualTo(Map.of("requestId", "r-1"));
    }

    @Test
    void theContextIsClearedWhenTheHandlerThrows() {
        assertThatThrownBy(() -> context.handle(DefaultUnitOfWork.startAndGet(command("maria")), () -> {
            throw new IllegalStateException("refused");
        })).hasMessage("refused");

        assertThat(MDC.getCopyOfContextMap()).isNullOrEmpty();
    }

    private static CommandMessage<?> command(String actor) {
        return GenericCommandMessage.asCommandMessage(new RegisterTeam(null, "Acme", null))
                .andMetaData(MetaData.with(AuditMetadata.ACTOR, actor));
    }
}
