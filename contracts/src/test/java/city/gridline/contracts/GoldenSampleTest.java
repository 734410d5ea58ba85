package city.gridline.contracts;

import city.gridline.contracts.event.EventCodec;
import city.gridline.contracts.event.EventEnvelope;
import city.gridline.contracts.event.EventType;
import city.gridline.contracts.event.EventTypes;
import city.gridline.contracts.event.GoldenSamples;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.ByteArrayInputStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GoldenSampleTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private final EventCodec codec = new EventCodec();

    static List<EventType<?>> eventTypes() {
        return EventTypes.ALL;
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void sampleValidatesAgainstItsSchema(EventType<?> type) {
        List<Error> errors = schemaOf(type).validate(sampleTree(type));

        assertThat(errors).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void sampleRoundTripsThroughItsRecord(EventType<?> type) {
        EventEnvelope<?> decoded = codec.decode(GoldenSamples.sample(type));

        assertThat(decoded.data()).isInstanceOf(type.javaType());
        assertThat(decoded.type()).isEqualTo(type.wireType());
        assertThat(decoded.topic()).isEqualTo(type.topic());
        assertThat(JSON.readTree(codec.encode(decoded))).isEqualTo(sampleTree(type));
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void schemaRejectsASampleWithoutItsData(EventType<?> type) {
        ObjectNode broken = (ObjectNode) sampleTree(type);
        broken.remove("data");

        assertThat(schemaOf(type).validate(broken)).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void schemaRejectsAnotherWireType(EventType<?> type) {
        ObjectNode renamed = (ObjectNode) sampleTree(type);
        renamed.put("type", type.name() + ".v99");

        assertThat(schemaOf(type).validate(renamed)).isNotEmpty();
    }

    private static Schema schemaOf(EventType<?> type) {
        return SCHEMAS.getSchema(new ByteArrayInputStream(GoldenSamples.schema(type)));
    }

    private static JsonNode sampleTree(EventType<?> type) {
        return JSON.readTree(GoldenSamples.sample(type));
    }
}
