package io.throughline.command.rejection;

import io.throughline.command.metric.MetricRule;
import io.throughline.kernel.CommandRejection.Kind;
import io.throughline.kernel.CommandRejection;
import io.throughline.kernel.FieldPath;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RejectionTranslatorTest {

    private final RejectionTranslator translator = new RejectionTranslator();
    private UnitOfWork<CommandMessage<?>> unitOfWork;

    @BeforeEach
    void startUnitOfWork() {
        unitOfWork = DefaultUnitOfWork.startAndGet(GenericCommandMessage.asCommandMessage("some command"));
    }

    @AfterEach
    void endUnitOfWork() {
        unitOfWork.rollback();
    }

    @Test
    void passesTheHandlersResultThrough() throws Exception {
        assertThat(translator.handle(unitOfWork, () -> 7L)).isEqualTo(7L);
    }

    @Test
    void turnsARejectionIntoACommandExecutionExceptionCarryingIt() {
        CommandRejectedException rejected = CommandRejectedException.conflict(MetricRule.ONE_VALUE_PER_PERIOD, "period",
                "2026-W47 already has a value");

        assertThatThrownBy(() -> translator.handle(unitOfWork, () -> { throw rejected; }))
                .isInstanceOfSatisfying(CommandExecutionException.class, e -> {
                    assertThat(e.<CommandRejection>getDetails())
                            .contains(new CommandRejection(Kind.CONFLICT, FieldPath.of("period"), "2026-W47 already has a value",
                                    "one-value-per-period"));
                    assertThat(e).hasMessage("period: 2026-W47 already has a value").hasCause(rejected);
                });
    }

    @Test
    void turnsAMissingAggregateIntoNotFound() {
        AggregateNotFoundException missing = new AggregateNotFoundException("m-1", "not in the event store");

        assertThatThrownBy(() -> translator.handle(unitOfWork, () -> { throw missing; }))
                .isInstanceOfSatisfying(CommandExecutionException.class, e -> {
                    assertThat(e.<CommandRejection>getDetails())
                            .contains(new CommandRejection(Kind.NOT_FOUND, null, "nothing exists with id 'm-1'", null));
                    assertThat(e).hasMessage("nothing exists with id 'm-1'").hasCause(missing);
                });
    }

    @Test
    void leavesOtherFailuresAlone() {
        IllegalStateException failure = new IllegalStateException("database down");

        assertThatThrownBy(() -> translator.handle(unitOfWork, () -> { throw failure; })).isSameAs(failure);
    }
}
