package io.throughline.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One write endpoint with a request it would accept: the values in its path ({@code {slot}}, query included) and body
 * (by JSON pointer, such as {@code priorityUpdates/0/status}), each with the kind of value it must be. Hostile requests
 * are this request with one thing made wrong; the valid one itself is never sent.
 */
record Endpoint(String method, String path, String actor, Map<String, Value> slots, Map<String, Value> fields) {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SLOT = Pattern.compile("\\{(\\w+)}");

    /** A value of a kind; required ones make the request invalid when left out. */
    record Value(Kind kind, Object valid, boolean required) {
    }

    static Endpoint of(String method, String path, String actor) {
        return new Endpoint(method, path, actor, new LinkedHashMap<>(), new LinkedHashMap<>());
    }

    Endpoint slot(String name, Kind kind, String valid) {
        slots.put(name, new Value(kind, valid, true));
        return this;
    }

    /** An optional body field; {@code valid} null leaves it out of the valid body. */
    Endpoint field(String pointer, Kind kind, Object valid) {
        fields.put(pointer, new Value(kind, valid, false));
        return this;
    }

    Endpoint required(String pointer, Kind kind, Object valid) {
        fields.put(pointer, new Value(kind, valid, true));
        return this;
    }

    /** Whether it reads a JSON body; the others take everything from the path. */
    boolean takesBody() {
        return !fields.isEmpty();
    }

    /** The path with each slot's value, or the given one for the named slot, percent-encoded. */
    String pathWith(String slot, String value) {
        Matcher matcher = SLOT.matcher(path);
        StringBuilder built = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String text = name.equals(slot) ? value : slots.get(name).valid().toString();
            matcher.appendReplacement(built, Matcher.quoteReplacement(encode(text)));
        }
        return matcher.appendTail(built).toString();
    }

    String validPath() {
        return pathWith(null, null);
    }

    /** The valid body, as a tree to change. */
    ObjectNode body() {
        ObjectNode body = JSON.createObjectNode();
        fields.forEach((pointer, value) -> {
            if (value.valid() != null) {
                put(body, pointer, JSON.valueToTree(value.valid()));
            }
        });
        return body;
    }

    /** The valid body with the value at the pointer replaced, or removed when {@code replacement} is null. */
    ObjectNode bodyWith(String pointer, JsonNode replacement) {
        ObjectNode body = body();
        if (replacement == null) {
            ContainerNode<?> parent = parentOf(body, pointer);
            String last = pointer.substring(pointer.lastIndexOf('/') + 1);
            if (parent instanceof ObjectNode object) {
                object.remove(last);
            }
        } else {
            put(body, pointer, replacement);
        }
        return body;
    }

    boolean isCommand() {
        return !path.startsWith("/api/admin") && !path.startsWith("/api/me");
    }

    boolean isVersioned() {
        return path.startsWith("/api/priorities/{priority}");
    }

    @Override
    public String toString() {
        return method + " " + path;
    }

    private static void put(ObjectNode body, String pointer, JsonNode value) {
        ContainerNode<?> parent = parentOf(body, pointer);
        String last = pointer.substring(pointer.lastIndexOf('/') + 1);
        if (parent instanceof ArrayNode array) {
            int index = Integer.parseInt(last);
            while (array.size() <= index) {
                array.addObject();
            }
            array.set(index, value);
        } else {
            ((ObjectNode) parent).set(last, value);
        }
    }

    /** The object or array holding the pointer's last step, created on the way as the next step needs. */
    private static ContainerNode<?> parentOf(ObjectNode body, String pointer) {
        String[] steps = pointer.split("/");
        ContainerNode<?> node = body;
        for (int i = 0; i < steps.length - 1; i++) {
            boolean nextIsIndex = steps[i + 1].matches("\\d+");
            node = node instanceof ArrayNode array ? elementOf(array, Integer.parseInt(steps[i]))
                    : ((ObjectNode) node).has(steps[i]) ? (ContainerNode<?>) node.get(steps[i])
                    : nextIsIndex ? ((ObjectNode) node).putArray(steps[i]) : ((ObjectNode) node).putObject(steps[i]);
        }
        return node;
    }

    private static ContainerNode<?> elementOf(ArrayNode array, int index) {
        while (array.size() <= index) {
            array.addObject();
        }
        return (ContainerNode<?>) array.get(index);
    }

    /** Percent-encodes everything but unreserved characters, so that any text lands in one path segment or parameter. */
    static String encode(String text) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 128 && (Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0)) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return encoded.toString();
    }
}
