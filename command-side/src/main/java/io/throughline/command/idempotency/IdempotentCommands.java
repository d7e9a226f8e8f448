package io.throughline.command.idempotency;

import io.throughline.command.rejection.CommandRejectedException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.springframework.jdbc.core.JdbcTemplate;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Applies a command that carries an idempotency key at most once. Runs inside the command's transaction: the record of
 * the key, the command's fingerprint and its result commits or rolls back with the command's events, and a
 * transaction-scoped advisory lock on the key makes concurrent repeats wait for the first and then answer its result.
 */
class IdempotentCommands implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final JdbcTemplate jdbc;
    private final Serializer serializer;

    IdempotentCommands(JdbcTemplate jdbc, Serializer serializer) {
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        CommandMessage<?> command = unitOfWork.getMessage();
        Object key = command.getMetaData().get(IdempotencyKey.METADATA);
        if (key == null) {
            return chain.proceed();
        }
        String fingerprint = fingerprintOf(command);
        jdbc.queryForList("select pg_advisory_xact_lock(hashtext(?))", key);
        List<StoredResult> earlier = jdbc.query(
                "select request_fingerprint, result_type, result from idempotency_record where idempotency_key = ?",
                (row, i) -> new StoredResult(row.getString(1), row.getString(2), row.getBytes(3)), key);
        if (!earlier.isEmpty()) {
            return replay(earlier.get(0), fingerprint);
        }
        Object result = chain.proceed();
        SerializedObject<byte[]> stored = result == null ? null : serializer.serialize(result, byte[].class);
        jdbc.update("insert into idempotency_record (idempotency_key, request_fingerprint, result_type, result) "
                        + "values (?, ?, ?, ?)", key, fingerprint,
                stored == null ? null : stored.getType().getName(), stored == null ? null : stored.getData());
        return result;
    }

    private Object replay(StoredResult earlier, String fingerprint) {
        if (!earlier.fingerprint().equals(fingerprint)) {
            throw CommandRejectedException.ruleBroken(IdempotencyRule.IDEMPOTENCY_KEY_FOR_ONE_REQUEST, "this " + IdempotencyKey.HEADER
                    + " was already used for a different request; use a new key for a new change");
        }
        return earlier.type() == null ? null : serializer.deserialize(
                new SimpleSerializedObject<>(earlier.data(), byte[].class, new SimpleSerializedType(earlier.type(), null)));
    }

    private String fingerprintOf(CommandMessage<?> command) {
        byte[] payload = serializer.serialize(command.getPayload(), byte[].class).getData();
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(command.getCommandName().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256.digest(payload));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private record StoredResult(String fingerprint, String type, byte[] data) {
    }
}
