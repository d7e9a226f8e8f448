package io.throughline.query.integrity;

import io.throughline.kernel.AuditMetadata;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The link of one event in the hash chain: SHA-256 over the previous link and the event's global sequence, payload
 * type, aggregate id, timestamp, actor and stored payload bytes. Each part is length-prefixed, so that no two different
 * events can produce the same input.
 */
final class EventDigest {

    /** What the first event of the log is chained to. */
    static final String GENESIS = "";

    private EventDigest() {
    }

    static String link(String previous, long globalSequence, DomainEventMessage<?> event, Serializer serializer) {
        // The bytes as stored: a message read from the log gives its serialized form back without serializing again.
        SerializedObject<byte[]> payload = event.serializePayload(serializer, byte[].class);
        Object actor = event.getMetaData().get(AuditMetadata.ACTOR);
        ByteArrayOutputStream input = new ByteArrayOutputStream(payload.getData().length + 256);
        try (DataOutputStream out = new DataOutputStream(input)) {
            out.writeUTF(previous);
            out.writeLong(globalSequence);
            out.writeUTF(payload.getType().getName());
            out.writeUTF(event.getAggregateIdentifier());
            out.writeUTF(event.getTimestamp().toString());
            out.writeUTF(actor == null ? "" : actor.toString());
            out.writeInt(payload.getData().length);
            out.write(payload.getData());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(sha256().digest(input.toByteArray()));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
