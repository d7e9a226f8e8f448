package io.throughline.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.throughline.command.metric.Metric;
import io.throughline.command.priority.PriorityDirectory;
import io.throughline.command.rejection.CommandRejectedException;
import io.throughline.command.team.TeamDirectory;
import io.throughline.kernel.Change;
import io.throughline.kernel.CommandRejection;
import io.throughline.kernel.PersonId;
import io.throughline.kernel.metric.ChangeMetricDefinition;
import io.throughline.kernel.metric.CorrectMetricValue;
import io.throughline.kernel.metric.MetricDefined;
import io.throughline.kernel.metric.MetricId;
import io.throughline.kernel.metric.MetricRecorded;
import io.throughline.kernel.metric.MetricValueCorrected;
import io.throughline.kernel.metric.Period;
import io.throughline.kernel.metric.ReassignMetric;
import io.throughline.kernel.metric.RecordMetric;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.team.TeamId;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.MultiParameterResolverFactory;
import org.axonframework.messaging.annotation.SimpleResourceParameterResolverFactory;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static io.throughline.kernel.metric.Cadence.WEEKLY;
import static io.throughline.kernel.metric.Direction.HIGHER_IS_BETTER;
import static io.throughline.kernel.metric.MetricKind.LEADING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.commandhandling.GenericCommandMessage.asCommandMessage;
import static org.mockito.Mockito.mock;

/**
 * A metric is snapshotted as JSON by Axon's serializer. A metric restored from its snapshot must decide exactly as the
 * same metric rebuilt from its events, or loading a snapshot would change what the scorecard accepts.
 */
class MetricSnapshotSerializationTest {

    private static final MetricId NPS = new MetricId("nps");
    private static final Period W46 = new Period("2026-W46");
    private static final Period W47 = new Period("2026-W47");
    private static final Period W48 = new Period("2026-W48");

    /** Custom thresholds, a kind, a priority, two values and a correction: every part of a metric's state. */
    private static final List<Object> HISTORY = List.of(
            new MetricDefined(NPS, new TeamId("sales"), "NPS", "points", decimal("50"), HIGHER_IS_BETTER, WEEKLY,
                    new PersonId("alice"), decimal("48"), decimal("40.5"), LEADING, new PriorityId("win-emea")),
            new MetricRecorded(NPS, W46, decimal("38"), null),
            new MetricRecorded(NPS, W47, decimal("40.0"), "after the launch"),
            new MetricValueCorrected(NPS, W46, new Change<>(decimal("38"), decimal("39.5")), "typo"));
    private static final long LAST_SEQUENCE = HISTORY.size() - 1;

    /** The directories are only there for Axon to resolve the handlers' parameters: no command here asks them. */
    private static final AggregateModel<Metric> MODEL = AnnotatedAggregateMetaModelFactory.inspectAggregate(
            Metric.class, MultiParameterResolverFactory.ordered(ClasspathParameterResolverFactory.forClass(Metric.class),
                    new SimpleResourceParameterResolverFactory(
                            List.of(mock(TeamDirectory.class), mock(PriorityDirectory.class)))));

    private static final JsonMapper TREES = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private final Serializer serializer = new SerializationConfiguration().serializer(new AnnotationRevisionResolver());

    @Test
    void theSnapshotCarriesTheValuesByPeriodAndTheThresholds() {
        String json = text(snapshotOf(fromEvents().getAggregateRoot()));

        assertThat(json).contains(
                "\"2026-W46\":39.5",
                "\"2026-W47\":40.0",
                "\"thresholds\":{\"greenAt\":48,\"redAt\":40.5}",
                "\"kind\":\"LEADING\"",
                "\"priorityId\":\"win-emea\"");
    }

    @Test
    void aRestoredMetricIsSnapshottedAsTheOriginalWas() {
        SerializedObject<byte[]> snapshot = snapshotOf(fromEvents().getAggregateRoot());

        Metric restored = serializer.deserialize(snapshot);

        assertThat(text(snapshotOf(restored))).isEqualTo(text(snapshot));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("commands")
    void aMetricRestoredFromItsSnapshotDecidesAsOneRebuiltFromItsEvents(String what, Object command, String decision)
            throws IOException {
        Outcome rebuilt = outcomeOf(command, fromEvents());
        Outcome restored = outcomeOf(command, fromSnapshot());

        assertThat(restored.decision()).isEqualTo(decision);
        assertThat(restored).isEqualTo(rebuilt);
    }

    static Stream<Arguments> commands() {
        return Stream.of(
                Arguments.of("record a recorded period again", new RecordMetric(NPS, W47, decimal("41"), null),
                        "rejected CONFLICT period"),
                Arguments.of("record the next period", new RecordMetric(NPS, W48, decimal("41"), null), "version 4"),
                Arguments.of("correct to the corrected value",
                        new CorrectMetricValue(NPS, W46, decimal("39.50"), "typo"), "rejected CONFLICT value"),
                Arguments.of("correct a value", new CorrectMetricValue(NPS, W46, decimal("39"), "recount"),
                        "version 4"),
                Arguments.of("put red above green", new ChangeMetricDefinition(NPS, null, null, null, null,
                        decimal("49"), null, null, "stretch"), "rejected RULE_BROKEN redAt"),
                Arguments.of("keep the kind", new ChangeMetricDefinition(NPS, null, null, null, null, null, LEADING,
                        null, null), "rejected CONFLICT null"),
                Arguments.of("reassign to the owner", new ReassignMetric(NPS, new PersonId("alice"), null),
                        "rejected CONFLICT newOwnerId"));
    }

    /** What the metric answered to the command, and its state afterwards. */
    private record Outcome(String decision, JsonNode state) {
    }

    private Outcome outcomeOf(Object command, EventSourcedAggregate<Metric> metric) throws IOException {
        String decision;
        try {
            decision = "version " + metric.handle(asCommandMessage(command));
        } catch (CommandRejectedException e) {
            CommandRejection rejection = e.rejection();
            decision = "rejected " + rejection.kind() + " " + rejection.field();
        } catch (Exception e) {
            throw new AssertionError("the metric failed on " + command, e);
        }
        return new Outcome(decision, tree(snapshotOf(metric.getAggregateRoot())));
    }

    private EventSourcedAggregate<Metric> fromEvents() {
        List<DomainEventMessage<?>> events = IntStream.range(0, HISTORY.size())
                .<DomainEventMessage<?>>mapToObj(sequence -> new GenericDomainEventMessage<>("Metric", NPS.value(),
                        sequence, HISTORY.get(sequence)))
                .toList();
        Metric blank = new GenericAggregateFactory<>(MODEL).createAggregateRoot(NPS.value(), events.get(0));
        EventSourcedAggregate<Metric> metric =
                EventSourcedAggregate.initialize(blank, MODEL, null, NoSnapshotTriggerDefinition.TRIGGER);
        metric.initializeState(DomainEventStream.of(events));
        return metric;
    }

    /** As Axon's repository loads a metric whose snapshot is its latest event. */
    private EventSourcedAggregate<Metric> fromSnapshot() {
        Metric restored = serializer.deserialize(snapshotOf(fromEvents().getAggregateRoot()));
        return EventSourcedAggregate.reconstruct(restored, MODEL, LAST_SEQUENCE, false, null,
                NoSnapshotTriggerDefinition.TRIGGER);
    }

    private SerializedObject<byte[]> snapshotOf(Metric metric) {
        return serializer.serialize(metric, byte[].class);
    }

    private static String text(SerializedObject<byte[]> snapshot) {
        return new String(snapshot.getData(), StandardCharsets.UTF_8);
    }

    /** Compared as trees: the order of a map's keys in the text is not part of the state; decimals are read exactly. */
    private static JsonNode tree(SerializedObject<byte[]> snapshot) throws IOException {
        return TREES.readTree(snapshot.getData());
    }

    private static BigDecimal decimal(String value) {
        return new BigDecimal(value);
    }
}
