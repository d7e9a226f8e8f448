package io.throughline.command.idempotency;

import io.throughline.command.rejection.CommandRejectedException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The {@code Idempotency-Key} a client may send with a write so that repeating it (after a timeout, say) applies it
 * once. Keys are global: clients should use a fresh UUID per intended change.
 */
public final class IdempotencyKey {

    public static final String HEADER = "Idempotency-Key";
    static final String METADATA = "idempotencyKey";
    private static final int MAX_LENGTH = 255;

    private IdempotencyKey() {
    }

    /** The key of the HTTP request being served, if it has one. */
    static Optional<String> ofCurrentRequest() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return Optional.empty();
        }
        HttpServletRequest request = attributes.getRequest();
        String key = request.getHeader(HEADER);
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        if (key.length() > MAX_LENGTH) {
            throw CommandRejectedException.invalid(HEADER, "must be at most " + MAX_LENGTH + " characters");
        }
        return Optional.of(key.strip());
    }

    /**
     * A new id for something a request creates. With an idempotency key it is derived from the key and the kind of
     * thing, so a repeated request sends the very same command; without one it is random.
     */
    public static <T> T newId(String kind, Function<String, T> id) {
        return id.apply(ofCurrentRequest()
                .map(key -> UUID.nameUUIDFromBytes((kind + "\n" + key).getBytes(StandardCharsets.UTF_8)).toString())
                .orElseGet(() -> UUID.randomUUID().toString()));
    }
}
