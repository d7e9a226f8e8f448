package io.throughline.json;

import io.throughline.kernel.Change;
import io.throughline.kernel.PersonId;
import io.throughline.kernel.Quarter;
import io.throughline.kernel.metric.Cadence;
import io.throughline.kernel.metric.Direction;
import io.throughline.kernel.metric.MetricDefined;
import io.throughline.kernel.metric.MetricDefinitionChanged;
import io.throughline.kernel.metric.MetricKind;
import io.throughline.kernel.metric.MetricId;
import io.throughline.kernel.metric.MetricRecorded;
import io.throughline.kernel.metric.Period;
import io.throughline.kernel.priority.PriorityAssigned;
import io.throughline.kernel.priority.PriorityChanged;
import io.throughline.kernel.priority.PriorityRealigned;
import io.throughline.kernel.plan.PlanReframed;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.priority.PriorityReassigned;
import io.throughline.kernel.team.TeamId;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Stored events are a contract: their JSON form is plain, readable and stable. */
class EventSerializationTest {

    private final Serializer serializer = new SerializationConfiguration().serializer(new AnnotationRevisionResolver());

    @Test
    void valueTypesAreWrittenAsPlainStringsAndReadBack() {
        PriorityAssigned event = new PriorityAssigned(new PriorityId("p-1"), new TeamId("t-1"), new Quarter("2026-Q4"),
                "Win three logos", new PersonId("dana"), null, LocalDate.of(2026, 12, 15), null, null);

        SerializedObject<byte[]> stored = serializer.serialize(event, byte[].class);

        assertThat(new String(stored.getData(), StandardCharsets.UTF_8)).isEqualTo("""
                {"priorityId":"p-1","teamId":"t-1","quarter":"2026-Q4","title":"Win three logos","ownerId":"dana",\
                "successCriterion":null,"dueDate":"2026-12-15","parentPriorityId":null,"annualGoalId":null}""");
        assertThat((Object) serializer.deserialize(stored)).isEqualTo(event);
    }

    @Test
    void aPriorityAssignedBeforeAnnualGoalsExistedReadsBackServingNone() {
        assertThat((Object) serializer.deserialize(stored(PriorityAssigned.class, """
                {"priorityId":"p-1","teamId":"t-1","quarter":"2026-Q4","title":"Win three logos","ownerId":"dana",\
                "successCriterion":null,"dueDate":null,"parentPriorityId":null}""")))
                .isEqualTo(new PriorityAssigned(new PriorityId("p-1"), new TeamId("t-1"), new Quarter("2026-Q4"),
                        "Win three logos", new PersonId("dana"), null, null, null, null));
    }

    @Test
    void decimalsKeepTheirExactValue() {
        MetricRecorded event = new MetricRecorded(new MetricId("m-1"), new Period("2026-W47"), new BigDecimal("0.10"), null);

        assertThat((Object) serializer.deserialize(serializer.serialize(event, byte[].class))).isEqualTo(event);
    }

    @Test
    void changesKeepTheTypesOfBothSides() {
        PriorityReassigned reassigned = new PriorityReassigned(new PriorityId("p-1"),
                new Change<>(new PersonId("dana"), new PersonId("eli")), "leave");
        PlanReframed reframed = new PlanReframed(new TeamId("t-1"), new Quarter("2026-Q4"), null, null,
                new Change<>(List.of("Double ARR"), List.of("Double ARR", "Enter DACH")), null);

        SerializedObject<byte[]> stored = serializer.serialize(reassigned, byte[].class);

        assertThat(new String(stored.getData(), StandardCharsets.UTF_8))
                .contains("\"ownerId\":{\"before\":\"dana\",\"after\":\"eli\"}");
        assertThat((Object) serializer.deserialize(stored)).isEqualTo(reassigned);
        assertThat((Object) serializer.deserialize(serializer.serialize(reframed, byte[].class))).isEqualTo(reframed);
    }

    @Test
    void fieldsAddedByANewerVersionAreIgnoredByAnOlderReader() {
        assertThat((Object) serializer.deserialize(stored(MetricRecorded.class,
                "{\"metricId\":\"m-1\",\"period\":\"2026-11\",\"value\":3,\"note\":null,\"source\":\"huddle\"}")))
                .isEqualTo(new MetricRecorded(new MetricId("m-1"), new Period("2026-11"), new BigDecimal("3"), null));
    }

    @Test
    void changesAndRealignmentsStoredBeforeReasonsExistedReadBackWithoutOne() {
        assertThat((Object) serializer.deserialize(stored(PriorityChanged.class,
                "{\"priorityId\":\"p-1\",\"title\":{\"before\":\"Win logos\",\"after\":\"Win 3 logos\"},"
                        + "\"description\":null,\"successCriterion\":null,\"dueDate\":null}")))
                .isEqualTo(new PriorityChanged(new PriorityId("p-1"), new Change<>("Win logos", "Win 3 logos"), null,
                        null, null, null));
        assertThat((Object) serializer.deserialize(stored(PriorityRealigned.class,
                "{\"priorityId\":\"p-1\",\"parentPriorityId\":{\"before\":null,\"after\":\"p-0\"}}")))
                .isEqualTo(new PriorityRealigned(new PriorityId("p-1"), new Change<>(null, new PriorityId("p-0")), null));
    }

    @Test
    void kpiEventsStoredBeforeMeasuredProgressReadBackWithoutBaselineOrWeight() {
        assertThat((Object) serializer.deserialize(stored(MetricDefined.class, """
                {"metricId":"m-1","teamId":"t-1","name":"ARR","unit":"k€","target":100,"direction":"HIGHER_IS_BETTER",\
                "cadence":"WEEKLY","ownerId":"dana","greenAt":100,"redAt":90,"kind":"LAGGING","priorityId":"p-1"}""")))
                .isEqualTo(new MetricDefined(new MetricId("m-1"), new TeamId("t-1"), "ARR", "k€", new BigDecimal("100"),
                        Direction.HIGHER_IS_BETTER, Cadence.WEEKLY, new PersonId("dana"), new BigDecimal("100"),
                        new BigDecimal("90"), MetricKind.LAGGING, new PriorityId("p-1"), null, null));
        assertThat((Object) serializer.deserialize(stored(MetricDefinitionChanged.class,
                "{\"metricId\":\"m-1\",\"name\":{\"before\":\"ARR\",\"after\":\"Revenue\"},\"unit\":null,"
                        + "\"kind\":null,\"priorityId\":null}")))
                .isEqualTo(new MetricDefinitionChanged(new MetricId("m-1"), new Change<>("ARR", "Revenue"), null, null,
                        null, null, null));
    }

    @Test
    void anInvalidStoredValueIsNotSilentlyAccepted() {
        assertThatThrownBy(() -> serializer.deserialize(stored(MetricRecorded.class,
                "{\"metricId\":\"m-1\",\"period\":\"2026-13\",\"value\":3}")))
                .hasRootCauseMessage("Invalid value for MonthOfYear (valid values 1 - 12): 13");
    }

    private static SimpleSerializedObject<byte[]> stored(Class<?> type, String json) {
        return new SimpleSerializedObject<>(json.getBytes(StandardCharsets.UTF_8), byte[].class,
                new SimpleSerializedType(type.getName(), null));
    }
}
