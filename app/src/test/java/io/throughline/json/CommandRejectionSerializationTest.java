package io.throughline.json;

import io.throughline.kernel.CommandRejection;
import io.throughline.kernel.CommandRejection.Kind;
import io.throughline.kernel.FieldPath;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A refusal travels between nodes (through Axon Server) as the JSON details of a command's failure: its path arrives
 * whole, and nodes on either side of the change to paths understand each other.
 */
class CommandRejectionSerializationTest {

    private final Serializer serializer = new SerializationConfiguration().serializer(new AnnotationRevisionResolver());

    @Test
    void aRefusalArrivesWithItsPath() {
        CommandRejection rejection = new CommandRejection(Kind.CONFLICT, FieldPath.of("priorityUpdates").at(1)
                .then("status"), "the priority is closed", "closed-priority-accepts-only-reinstatement");

        SerializedObject<byte[]> sent = serializer.serialize(rejection, byte[].class);

        assertThat(new String(sent.getData(), StandardCharsets.UTF_8))
                .as("the field's text too, for a node that does not know paths yet")
                .contains("\"field\":\"priorityUpdates[1].status\"");
        assertThat((Object) serializer.deserialize(sent)).isEqualTo(rejection);
    }

    @Test
    void aRefusalFromANodeWithoutPathsGetsItsPathFromTheField() {
        CommandRejection received = serializer.deserialize(new SimpleSerializedObject<>(("{\"kind\":\"INVALID\","
                + "\"field\":\"stuck[0].ownerId\",\"message\":\"is required\",\"rule\":null}")
                .getBytes(StandardCharsets.UTF_8), byte[].class,
                new SimpleSerializedType(CommandRejection.class.getName(), null)));

        assertThat(received.path()).isEqualTo(FieldPath.of("stuck").at(0).then("ownerId"));
        assertThat(received.field()).isEqualTo("stuck[0].ownerId");
    }

    @Test
    void aRefusalOfTheWholeCommandHasNoPath() {
        CommandRejection rejection = new CommandRejection(Kind.FORBIDDEN, null, "may not", null);

        assertThat((Object) serializer.deserialize(serializer.serialize(rejection, byte[].class))).isEqualTo(rejection);
    }
}
