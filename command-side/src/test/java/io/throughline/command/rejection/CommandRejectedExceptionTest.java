package io.throughline.command.rejection;

import io.throughline.kernel.CommandRejection.Kind;
import io.throughline.kernel.CommandRejection;
import io.throughline.kernel.FieldPath;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CommandRejectedExceptionTest {

    private static final FieldPath SECOND_UPDATE = FieldPath.of("priorityUpdates").at(1);

    @Test
    void aRefusalOfAnUpdateNamesTheFieldInsideTheUpdate() {
        CommandRejection nested = CommandRejectedException.conflict(CommonRule.MUST_CHANGE_SOMETHING, "status", "repeats")
                .rejection();

        CommandRejection rejection = CommandRejectedException.within(SECOND_UPDATE, nested).rejection();

        assertThat(rejection.path()).isEqualTo(FieldPath.of("priorityUpdates").at(1).then("status"));
        assertThat(rejection.field()).isEqualTo("priorityUpdates[1].status");
        assertThat(rejection.kind()).isEqualTo(Kind.CONFLICT);
        assertThat(rejection.rule()).isEqualTo("must-change-something");
    }

    @Test
    void aRefusalOfAWholeUpdateNamesTheUpdate() {
        CommandRejection nested = CommandRejectedException.forbidden("not hers").rejection();

        assertThat(CommandRejectedException.within(SECOND_UPDATE, nested).rejection().path()).isEqualTo(SECOND_UPDATE);
    }

    @Test
    void whatAnUpdateCannotFindIsInvalidInputOfTheSender() {
        CommandRejection nested = new CommandRejection(Kind.NOT_FOUND, null, "nothing exists", null);

        assertThat(CommandRejectedException.within(SECOND_UPDATE, nested).rejection().kind()).isEqualTo(Kind.INVALID);
    }

    @Test
    void aNestedFieldOfACommandIsAStructuredPath() {
        CommandRejection rejection = CommandRejectedException
                .invalid(FieldPath.of("stuck").at(0).then("ownerId"), "is required").rejection();

        assertThat(rejection.path().segments()).hasSize(3);
        assertThat(rejection.field()).isEqualTo("stuck[0].ownerId");
    }
}
