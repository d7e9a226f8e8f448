package io.throughline.hostile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.throughline.hostile.HostileRequest.Category;
import io.throughline.kernel.Limits;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static io.throughline.hostile.Endpoint.JSON;
import static io.throughline.hostile.HostileRequest.Category.ARRAY_SIZE;
import static io.throughline.hostile.HostileRequest.Category.CONTENT_TYPE;
import static io.throughline.hostile.HostileRequest.Category.DATE;
import static io.throughline.hostile.HostileRequest.Category.EXTRA_FIELD;
import static io.throughline.hostile.HostileRequest.Category.HEADER;
import static io.throughline.hostile.HostileRequest.Category.HUGE_STRING;
import static io.throughline.hostile.HostileRequest.Category.INJECTION;
import static io.throughline.hostile.HostileRequest.Category.MALFORMED_JSON;
import static io.throughline.hostile.HostileRequest.Category.MISSING_FIELD;
import static io.throughline.hostile.HostileRequest.Category.NUMBER;
import static io.throughline.hostile.HostileRequest.Category.OTHER_TEAMS_ID;
import static io.throughline.hostile.HostileRequest.Category.OVERSIZED_BODY;
import static io.throughline.hostile.HostileRequest.Category.UNICODE;
import static io.throughline.hostile.HostileRequest.Category.UNKNOWN_ID;
import static io.throughline.hostile.HostileRequest.Category.WRONG_TYPE;

/**
 * The corpus: requests to every write endpoint, each with one thing wrong that the service must refuse. Values that
 * JSON cannot hold as such are written as markers and put in when the body is rendered: {@code ~~RAW:NaN~~} (with its
 * quotes) becomes the bare token, {@code ~~ESC:D800~~} the escape {@code \uD800}, {@code ~~BYTES:C0AF~~} those bytes;
 * in a path, {@code ~~BYTES:C0AF~~} becomes {@code %C0%AF}.
 */
final class HostileRequests {

    private static final String JSON_TYPE = "application/json";
    private static final List<String> INJECTIONS = List.of("' OR '1'='1", "'; DROP TABLE domain_event_entry; --",
            "1; DELETE FROM users", "\" OR \"\"=\"", "admin'--", "' UNION SELECT password FROM users --",
            "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "javascript:alert(1)",
            "${jndi:ldap://127.0.0.1/a}", "{{7*7}}", "#{7*7}", "%s%s%s%n", "../../../etc/passwd", "..\\..\\boot.ini",
            "$(rm -rf /)", "`id`", "null", "undefined", "NaN", "true", "[]", "{}", "*", "%", "_", "/", ".", "..");
    /** Escapes of what is not text: C0 and C1 controls, DEL, and both halves of surrogate pairs. */
    private static final List<String> BAD_CHARACTERS = List.of("0000", "0001", "0007", "0008", "000B", "000C", "001B",
            "001F", "007F", "0085", "009F", "D800", "DBFF", "DC00", "DFFF");
    /** Byte sequences that are no UTF-8: overlong, impossible, a surrogate encoded, truncated, five bytes long. */
    private static final List<String> BAD_UTF8 = List.of("C0AF", "C1BF", "FF", "FE", "80", "EDA080", "EDBFBF", "E282",
            "F0908080", "F888808080");
    /** Pieces of legitimate text that huge strings are made of: accents, CJK, emoji, combining marks, bidi controls. */
    private static final List<String> TEXT_PIECES = List.of("a", "Zürich ", "漢字", "😀", "e\u0301", "\u200F",
            "\u202Eevil", "<b>", "' OR 1=1 -- ", " ", "ß", "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67");
    private static final Pattern RAW = Pattern.compile("\"~~RAW:(.*?)~~\"");
    private static final Pattern ESCAPE = Pattern.compile("~~ESC:([0-9A-F]{4})~~");
    private static final Pattern BYTES = Pattern.compile("~~BYTES:([0-9A-F]+)~~");
    private static final Pattern ENCODED_BYTES = Pattern.compile("~~BYTES%3A([0-9A-F]+)~~");

    private final List<Endpoint> endpoints;
    private final List<Target> targets = new ArrayList<>();
    private final Map<Kind, String> ownIds;
    private final Map<Kind, String> otherIds;

    /** A value of an endpoint to make wrong: a path slot, or a body field by its pointer. */
    private record Target(Endpoint endpoint, String name, Endpoint.Value value, boolean inPath) {

        Kind kind() {
            return value.kind();
        }
    }

    /** A wrong value and what is wrong with it. */
    private record Bad(JsonNode value, String why) {

        static Bad text(String text, String why) {
            return new Bad(TextNode.valueOf(text), why);
        }

        /** A JSON token as it is written, such as NaN or 1e999999999. */
        static Bad raw(String json, String why) {
            return new Bad(TextNode.valueOf("~~RAW:" + json + "~~"), why);
        }

        String asText() {
            return value.isTextual() ? value.asText().replaceAll("^~~RAW:(.*)~~$", "$1") : value.toString();
        }
    }

    HostileRequests(Organisations organisations) {
        this.endpoints = WriteEndpoints.of(organisations);
        this.ownIds = WriteEndpoints.ownIds(organisations);
        this.otherIds = WriteEndpoints.otherIds(organisations);
        for (Endpoint endpoint : endpoints) {
            endpoint.slots().forEach((name, value) -> targets.add(new Target(endpoint, name, value, true)));
            endpoint.fields().forEach((name, value) -> targets.add(new Target(endpoint, name, value, false)));
        }
    }

    Arbitrary<HostileRequest> all() {
        return Arbitraries.oneOf(List.of(malformedJson(), wrongTypes(), missingFields(), extraFields(), hugeStrings(),
                unicode(), injections(), numbers(), dates(), unknownIds(), otherTeamsIds(), contentTypes(),
                oversizedBodies(), arraySizes(), headers()));
    }

    private Arbitrary<HostileRequest> malformedJson() {
        return Arbitraries.of(withBody()).flatMap(endpoint -> {
            String json = render(endpoint.body());
            List<Arbitrary<Bad>> broken = new ArrayList<>(List.of(
                    Arbitraries.integers().between(1, json.length() - 1)
                            .map(cut -> Bad.text(json.substring(0, cut), "cut off after " + cut + " characters")),
                    Arbitraries.of("}", "]", "x", "{}", ",{\"a\":1}", " true")
                            .map(tail -> Bad.text(json + tail, "'" + tail + "' after the object")),
                    Arbitraries.just(Bad.text(json.replace('"', '\''), "single quotes")),
                    Arbitraries.just(Bad.text(json.substring(0, json.length() - 1) + ",}", "a trailing comma")),
                    Arbitraries.just(Bad.text("/* hello */" + json, "a comment")),
                    Arbitraries.just(Bad.text(json.replaceAll("\"(\\w+)\":", "$1:"), "unquoted names")),
                    Arbitraries.just(Bad.text(json.replaceFirst("\":\"", "\":\"\u0001"), "a raw control character in a string")),
                    Arbitraries.of("{", "}", "[", "{{}}", "{\"a\"}", "{\"a\":}", "{:1}", "nul", "\"unterminated", "<xml/>")
                            .map(text -> Bad.text(text, "not JSON: " + text))));
            if (endpoint.fields().values().stream().anyMatch(Endpoint.Value::required)) {
                broken.add(Arbitraries.of("", "null", "   ").map(text -> Bad.text(text, "no body: '" + text + "'")));
            }
            return Arbitraries.oneOf(broken).map(bad -> request(MALFORMED_JSON, endpoint, endpoint.validPath(),
                    JSON_TYPE, bad.value().asText().getBytes(StandardCharsets.UTF_8), bad.why()));
        });
    }

    private Arbitrary<HostileRequest> wrongTypes() {
        Arbitrary<HostileRequest> fields = oneValueWrong(WRONG_TYPE, target -> {
            if (target.inPath()) {
                return Optional.empty();
            }
            Kind kind = target.kind();
            List<JsonNode> wrong = kind == Kind.DATE ? List.of(json("{}"), json("true"), json("{\"year\":2026}"))
                    : kind.isTextual() ? List.of(json("{\"value\":\"x\"}"), json("[\"x\",\"y\"]"), json("{}"))
                    : kind.isList() ? List.of(TextNode.valueOf("x"), json("{}"), json("42"))
                    : List.of(TextNode.valueOf("abc"), json("{}"), json("[1]"), TextNode.valueOf("12abc"));
            return Optional.of(Arbitraries.of(wrong).map(node -> new Bad(node, node + " instead of " + kind)));
        });
        Arbitrary<HostileRequest> bodies = Arbitraries.of(withBody()).flatMap(endpoint -> Arbitraries.of("[]", "[{}]", "42", "true")
                .map(body -> request(WRONG_TYPE, endpoint, endpoint.validPath(), JSON_TYPE,
                        body.getBytes(StandardCharsets.UTF_8), "the body is " + body + ", not an object")));
        return Arbitraries.oneOf(fields, bodies);
    }

    private Arbitrary<HostileRequest> missingFields() {
        List<Target> required = targets.stream().filter(t -> !t.inPath() && t.value().required()).toList();
        return Arbitraries.of(required).map(target -> request(MISSING_FIELD, target.endpoint(),
                target.endpoint().validPath(), JSON_TYPE, bytes(target.endpoint().bodyWith(target.name(), null)),
                target.name() + " left out"));
    }

    private Arbitrary<HostileRequest> extraFields() {
        Arbitrary<String> names = Arbitraries.of("tittle", "id", "version", "teamID", "Title", "__proto__",
                "constructor", "$where", "isAdmin", "role", "actor", "aggregateIdentifier");
        return Combinators.combine(Arbitraries.of(withBody()), names, Arbitraries.of(INJECTIONS))
                .as((endpoint, name, value) -> {
                    ObjectNode body = endpoint.body();
                    ObjectNode into = nestedObjectOf(body).orElse(body);
                    into.put(name, value);
                    return request(EXTRA_FIELD, endpoint, endpoint.validPath(), JSON_TYPE, bytes(body),
                            "unknown field " + name + (into == body ? "" : " in a nested object"));
                });
    }

    private Arbitrary<HostileRequest> hugeStrings() {
        return oneValueWrong(HUGE_STRING, target -> {
            Kind kind = target.kind();
            if (target.inPath()) {
                return kind == Kind.INDEX ? Optional.empty() : Optional.of(Arbitraries.strings().alpha()
                        .ofMinLength(Limits.ID_LENGTH + 1).ofMaxLength(2000).map(id -> Bad.text(id, id.length() + " characters")));
            }
            return switch (kind) {
                case NAME -> Optional.of(Arbitraries.oneOf(longText(Limits.NAME_LENGTH + 1, Limits.NAME_LENGTH + 3000),
                        Arbitraries.just(Bad.text("x".repeat(1_000_000), "a 1 MB name"))));
                case TEXT -> Optional.of(longText(Limits.TEXT_LENGTH + 1, Limits.TEXT_LENGTH + 50_000));
                case TEXTS -> Optional.of(longText(Limits.TEXT_LENGTH + 1, Limits.TEXT_LENGTH + 2000)
                        .map(bad -> new Bad(JSON.createArrayNode().add(bad.value()), "an entry of " + bad.why())));
                case NEW_USERNAME -> Optional.of(Arbitraries.strings().withCharRange('a', 'z').ofMinLength(51)
                        .ofMaxLength(500).map(name -> Bad.text(name, name.length() + " characters")));
                case PASSWORD -> Optional.of(Arbitraries.strings().ascii().ofMinLength(73).ofMaxLength(1000)
                        .map(password -> Bad.text(password, password.length() + " characters")));
                case PERSON, TEAM_PERSON, TEAM, PRIORITY, METRIC, CHECK_IN, STUCK_ITEM, ANY_PRIORITY ->
                        Optional.of(longText(Limits.ID_LENGTH + 1, Limits.ID_LENGTH + 2000));
                default -> Optional.empty();
            };
        });
    }

    private Arbitrary<HostileRequest> unicode() {
        return oneValueWrong(UNICODE, target -> {
            Kind kind = target.kind();
            String valid = target.value().valid() == null ? "text" : target.value().valid().toString();
            if (target.inPath()) {
                return Optional.of(Arbitraries.oneOf(Arbitraries.of(BAD_UTF8), Arbitraries.of("00", "0A", "0D", "1B", "7F"))
                        .map(hex -> Bad.text(valid + "~~BYTES:" + hex + "~~", "ends in the bytes " + hex)));
            }
            if (!kind.isTextual()) {
                return Optional.empty();
            }
            Arbitrary<String> invalidJson = Arbitraries.of(BAD_UTF8).map(hex -> "~~BYTES:" + hex + "~~");
            Arbitrary<String> notText = Arbitraries.of(BAD_CHARACTERS).map(hex -> "~~ESC:" + hex + "~~");
            // Any character is a valid password; bytes that are no UTF-8 still make the body unreadable.
            Arbitrary<String> bad = kind == Kind.PASSWORD ? invalidJson : Arbitraries.oneOf(invalidJson, notText);
            return Optional.of(Combinators.combine(bad, Arbitraries.integers().between(0, valid.length()))
                    .as((marker, at) -> Bad.text(valid.substring(0, at) + marker + valid.substring(at),
                            marker.replace("~~", "") + " at " + at)));
        });
    }

    private Arbitrary<HostileRequest> injections() {
        return oneValueWrong(INJECTION, target -> {
            Kind kind = target.kind();
            Stream<String> injections = INJECTIONS.stream();
            if (kind == Kind.NEW_USERNAME) {
                injections = injections.filter(text -> !text.matches("[a-z0-9][a-z0-9._-]{1,49}"));
            } else if (!kind.isReference() && !List.of(Kind.TEAM_PERSON, Kind.ENUM, Kind.DATE, Kind.QUARTER, Kind.PERIOD,
                    Kind.USERNAME, Kind.TOKEN, Kind.PROJECTION, Kind.HELD_CATEGORY, Kind.INDEX, Kind.PRIORITIES,
                    Kind.ROLES).contains(kind)) {
                return Optional.empty();
            }
            return Optional.of(Arbitraries.of(injections.toList()).map(text -> kind.isList()
                    ? new Bad(JSON.createArrayNode().add(text), "[" + text + "]") : Bad.text(text, text)));
        });
    }

    private Arbitrary<HostileRequest> numbers() {
        Arbitrary<Bad> beyond = Arbitraries.bigDecimals().between(Limits.NUMBER_BOUND, Limits.NUMBER_BOUND.pow(2))
                .ofScale(2).flatMap(big -> Arbitraries.of(big, big.negate()))
                .map(big -> Bad.raw(big.toPlainString(), "magnitude of " + big.toPlainString()));
        Arbitrary<Bad> tooPrecise = Arbitraries.bigDecimals().between(java.math.BigDecimal.ONE, java.math.BigDecimal.TEN)
                .ofScale(Limits.NUMBER_DECIMALS + 3).filter(d -> d.stripTrailingZeros().scale() > Limits.NUMBER_DECIMALS)
                .map(d -> Bad.raw(d.toPlainString(), d.stripTrailingZeros().scale() + " decimals"));
        Arbitrary<Bad> special = Arbitraries.of("1e15", "-1e15", "1e400", "-1e400", "1e999999999", "-1e999999999",
                "1e-400", "1e-999999999", "0.0000001", "NaN", "Infinity", "-Infinity", "0x1F", "0012", "1.", ".5", "+1",
                "1e", "--1", "\"NaN\"", "\"Infinity\"", "\"1e999999999\"", "\"1,5\"").map(raw -> Bad.raw(raw, raw));
        Arbitrary<Bad> counts = Arbitraries.of("-1", "-2147483648", "2147483648", "99999999999999999999", "1e10", "NaN",
                "1e999999999").map(raw -> Bad.raw(raw, raw));
        return oneValueWrong(NUMBER, target -> switch (target.kind()) {
            case NUMBER -> Optional.of(Arbitraries.oneOf(beyond, tooPrecise, special));
            case COUNT -> Optional.of(counts);
            case INDEX -> Optional.of(Arbitraries.of("-1", "0", "2147483648", "99999999999", "1.5", "1e3", "0x1")
                    .map(text -> Bad.text(text, text)));
            default -> Optional.empty();
        });
    }

    private Arbitrary<HostileRequest> dates() {
        Map<Kind, List<String>> wrong = Map.of(
                Kind.DATE, List.of("2026-02-30", "2026-13-01", "2026-00-10", "2026-1-5", "15/12/2026", "2026/12/15",
                        "20261215", "2026-12-15T25:00", "tomorrow", "2026-W47", "1899-12-31", "0001-01-01", "0000-01-01",
                        "3000-01-01", "9999-12-31", "+10000-01-01", "+999999999-12-31", "-999999999-01-01", "-0001-01-01"),
                Kind.QUARTER, List.of("2026-Q0", "2026-Q5", "2026-q4", "26-Q4", "2026Q4", "2026-Q4 and more", "Q4-2026",
                        "2026-Q04", "1899-Q4", "0000-Q1", "3000-Q1", "9999-Q4"),
                Kind.PERIOD, List.of("2026-W00", "2026-W54", "2026-W1", "2025-W53", "2026-13", "2026-00", "2026-Q5",
                        "1899-W52", "0000-W01", "3000-W01", "9999-W52", "2026-11", "2026-Q4", "2026-W10-1"));
        return oneValueWrong(DATE, target -> Optional.ofNullable(wrong.get(target.kind()))
                .map(values -> Arbitraries.of(values).map(text -> Bad.text(text, text))));
    }

    private Arbitrary<HostileRequest> unknownIds() {
        Arbitrary<String> uuids = Arbitraries.create(() -> java.util.UUID.randomUUID().toString());
        Arbitrary<String> words = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(3).ofMaxLength(12);
        return oneValueWrong(UNKNOWN_ID, target -> {
            Kind kind = target.kind();
            Arbitrary<String> unknown = switch (kind) {
                case TEAM, PRIORITY, METRIC, CHECK_IN, STUCK_ITEM, ANY_PRIORITY -> Arbitraries.oneOf(uuids,
                        words.map(word -> "no-such-" + word), Arbitraries.of(ownIds.entrySet().stream()
                                .filter(id -> id.getKey() != kind && !(kind == Kind.ANY_PRIORITY && id.getKey() == Kind.PRIORITY)
                                        && !(kind == Kind.PRIORITY && id.getKey() == Kind.ANY_PRIORITY))
                                .map(Map.Entry::getValue).toList()));
                case TEAM_PERSON, USERNAME -> words.map(word -> "nobody-" + word);
                case TOKEN -> uuids;
                case PROJECTION -> words.map(word -> "no-" + word);
                case HELD_CATEGORY -> words.map(word -> "Unheld " + word);
                case INDEX -> Arbitraries.integers().between(2, 99).map(String::valueOf);
                case PRIORITIES -> uuids;
                default -> null;
            };
            return Optional.ofNullable(unknown).map(ids -> ids.map(id -> kind.isList()
                    ? new Bad(JSON.createArrayNode().add(id), "[" + id + "]") : Bad.text(id, id)));
        });
    }

    private Arbitrary<HostileRequest> otherTeamsIds() {
        return oneValueWrong(OTHER_TEAMS_ID, target -> Optional.ofNullable(otherIds.get(target.kind()))
                .filter(other -> !other.equals(target.value().valid()))
                .map(other -> Arbitraries.just(Bad.text(other, "Other Corp's " + target.kind()))));
    }

    private Arbitrary<HostileRequest> contentTypes() {
        return Combinators.combine(Arbitraries.of(withBody()), Arbitraries.of("text/plain", "application/xml",
                        "text/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=xyz",
                        "application/octet-stream", "text/csv", "text/html", "application/json; charset=klingon", "none"))
                .as((endpoint, type) -> {
                    String body = switch (type) {
                        case "application/xml", "text/xml" -> "<request><title>x</title></request>";
                        case "application/x-www-form-urlencoded" -> "title=x&teamId=y";
                        case "multipart/form-data; boundary=xyz" -> "--xyz\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nx\r\n--xyz--\r\n";
                        default -> render(endpoint.body());
                    };
                    return request(CONTENT_TYPE, endpoint, endpoint.validPath(), type.equals("none") ? null : type,
                            body.getBytes(StandardCharsets.UTF_8), "sent as " + type);
                });
    }

    private Arbitrary<HostileRequest> oversizedBodies() {
        // Up to 1 MiB over: more than Tomcat swallows (2 MiB) would close the connection before the answer is read.
        Arbitrary<Integer> sizes = Arbitraries.integers().between(Limits.BODY_BYTES + 1, Limits.BODY_BYTES + 1024 * 1024);
        return Combinators.combine(Arbitraries.of(endpoints), sizes, Arbitraries.of(false, true))
                .as((endpoint, size, chunked) -> {
                    // Chunked bodies are counted as they are read, and body-less endpoints read none.
                    boolean sentChunked = chunked && endpoint.takesBody();
                    ObjectNode body = endpoint.body();
                    String padded = render(body.put("padding", "")).replace("\"padding\":\"\"",
                            "\"padding\":\"" + "x".repeat(Math.max(0, size - render(body).length())) + "\"");
                    HostileRequest request = request(OVERSIZED_BODY, endpoint, endpoint.validPath(), JSON_TYPE,
                            padded.getBytes(StandardCharsets.UTF_8), padded.length() + " bytes" + (sentChunked ? ", chunked" : ""));
                    return new HostileRequest(request.category(), request.method(), request.path(), request.actor(),
                            request.contentType(), request.body(), sentChunked, request.headers(), request.why());
                });
    }

    private Arbitrary<HostileRequest> arraySizes() {
        Arbitrary<Integer> sizes = Arbitraries.integers().between(Limits.LIST_SIZE + 1, Limits.LIST_SIZE + 400);
        Arbitrary<HostileRequest> lists = oneValueWrong(ARRAY_SIZE, target -> {
            Kind kind = target.kind();
            if (target.inPath() || !kind.isList() || kind == Kind.ROLES) {
                return Optional.empty();
            }
            JsonNode element = kind == Kind.OBJECTS ? target.endpoint().body().get(target.name()).get(0) : null;
            return Optional.of(sizes.map(size -> {
                ArrayNode list = JSON.createArrayNode();
                IntStream.range(0, size).forEach(i -> list.add(element != null ? element.deepCopy()
                        : kind == Kind.PRIORITIES ? TextNode.valueOf(((List<?>) target.value().valid()).get(0).toString())
                        : TextNode.valueOf((kind == Kind.TEXTS ? "win " : "person-") + i)));
                return new Bad(list, size + " entries");
            }));
        });
        Arbitrary<HostileRequest> nested = Arbitraries.of(withBody()).flatMap(endpoint ->
                Arbitraries.integers().between(1001, 5000).map(depth -> {
                    String body = render(endpoint.body());
                    String deep = body.substring(0, body.length() - 1) + ",\"deep\":" + "[".repeat(depth) + "]".repeat(depth) + "}";
                    return request(ARRAY_SIZE, endpoint, endpoint.validPath(), JSON_TYPE,
                            deep.getBytes(StandardCharsets.UTF_8), "arrays nested " + depth + " deep");
                }));
        return Arbitraries.oneOf(lists, nested);
    }

    private Arbitrary<HostileRequest> headers() {
        Arbitrary<HostileRequest> versions = Combinators.combine(
                Arbitraries.of(endpoints.stream().filter(Endpoint::isVersioned).toList()),
                Arbitraries.of("\"abc\"", "W/\"x\"", "\"1\", \"2\"", "*", "\"-1\"", "\"99\"", "\"' OR 1=1 --\"",
                        "\"99999999999999999999\"", "\"1.5\"", "\"\"x")).as((endpoint, tag) ->
                request(HEADER, endpoint, endpoint.validPath(), JSON_TYPE, bytes(endpoint.body()), "If-Match: " + tag)
                        .withHeaders("If-Match", tag));
        Arbitrary<HostileRequest> keys = Combinators.combine(
                Arbitraries.of(withBody().stream().filter(Endpoint::isCommand).toList()),
                Arbitraries.strings().alpha().numeric().ofMinLength(256).ofMaxLength(4000)).as((endpoint, key) ->
                request(HEADER, endpoint, endpoint.validPath(), JSON_TYPE, bytes(endpoint.body()),
                        "an Idempotency-Key of " + key.length() + " characters").withHeaders("Idempotency-Key", key));
        return Arbitraries.oneOf(versions, keys);
    }

    /** Requests with one value of one endpoint made wrong, chosen evenly among the values the category applies to. */
    private Arbitrary<HostileRequest> oneValueWrong(Category category, Function<Target, Optional<Arbitrary<Bad>>> badValues) {
        List<Arbitrary<HostileRequest>> choices = targets.stream()
                .flatMap(target -> badValues.apply(target).stream().map(bad -> bad.map(b -> valueRequest(category, target, b))))
                .toList();
        return Arbitraries.oneOf(choices);
    }

    private HostileRequest valueRequest(Category category, Target target, Bad bad) {
        Endpoint endpoint = target.endpoint();
        String why = target.name() + ": " + bad.why();
        if (target.inPath()) {
            return request(category, endpoint, rawBytesInPath(endpoint.pathWith(target.name(), bad.asText())),
                    endpoint.takesBody() ? JSON_TYPE : null,
                    endpoint.takesBody() ? bytes(endpoint.body()) : new byte[0], why);
        }
        return request(category, endpoint, endpoint.validPath(), JSON_TYPE, bytes(endpoint.bodyWith(target.name(), bad.value())), why);
    }

    private static HostileRequest request(Category category, Endpoint endpoint, String path, String contentType,
                                          byte[] body, String why) {
        return new HostileRequest(category, endpoint.method(), path, endpoint.actor(), contentType, body, false,
                List.of(), why);
    }

    private List<Endpoint> withBody() {
        return endpoints.stream().filter(Endpoint::takesBody).toList();
    }

    /** The first object inside a list of the body, if it has one. */
    private static Optional<ObjectNode> nestedObjectOf(ObjectNode body) {
        return body.properties().stream().map(Map.Entry::getValue)
                .filter(value -> value.isArray() && !value.isEmpty() && value.get(0).isObject())
                .map(value -> (ObjectNode) value.get(0)).findFirst();
    }

    /** Text of that many characters (code points), made of legitimate pieces of every script. */
    private static Arbitrary<Bad> longText(int min, int max) {
        return Combinators.combine(Arbitraries.integers().between(min, max), Arbitraries.of(TEXT_PIECES).list().ofMinSize(1).ofMaxSize(5))
                .as((length, pieces) -> {
                    String unit = String.join("", pieces);
                    String text = unit.repeat(length / unit.codePointCount(0, unit.length()) + 1);
                    return Bad.text(text.substring(0, text.offsetByCodePoints(0, length)), length + " characters");
                });
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    /** The body as JSON text, with raw tokens and escapes put in for their markers. */
    private static String render(JsonNode body) {
        try {
            String json = JSON.writeValueAsString(body);
            json = RAW.matcher(json).replaceAll(match -> Matcher.quoteReplacement(match.group(1).replace("\\\"", "\"")));
            return ESCAPE.matcher(json).replaceAll(match -> Matcher.quoteReplacement("\\u" + match.group(1)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The rendered body as bytes, with the byte sequences of its byte markers in place. */
    private static byte[] bytes(JsonNode body) {
        String json = render(body);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Matcher markers = BYTES.matcher(json);
        int from = 0;
        while (markers.find()) {
            out.writeBytes(json.substring(from, markers.start()).getBytes(StandardCharsets.UTF_8));
            out.writeBytes(HexFormat.of().parseHex(markers.group(1)));
            from = markers.end();
        }
        out.writeBytes(json.substring(from).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** A byte marker in a path, percent-encoded with the rest, becomes those bytes percent-encoded. */
    private static String rawBytesInPath(String path) {
        return ENCODED_BYTES.matcher(path).replaceAll(match -> match.group(1).replaceAll("(..)", "%$1"));
    }
}
