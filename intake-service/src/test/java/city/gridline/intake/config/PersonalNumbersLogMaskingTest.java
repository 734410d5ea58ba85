package city.gridline.intake.config;

import org.junit.jupiter.api.Test;
import org.springframework.boot.json.JsonWriter;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PersonalNumbersLogMaskingTest {

    @Test
    void everyStringOfALogLineIsMaskedButIdentifiers() {
        JsonWriter<Map<String, String>> writer = JsonWriter.of(members -> {
            members.add("message", line -> line.get("message"));
            members.add("address", line -> line.get("address"));
            members.add("traceId", line -> line.get("traceId"));
            new PersonalNumbersLogMasking().customize(cast(members));
        });

        String line = writer.writeToString(Map.of(
                "message", "caller 13812345678 says id 110105199001011234",
                "address", "工体北路 010-65001234",
                "traceId", "13812345678"));

        assertThat(line)
                .contains("caller 138****5678 says id 110***********1234", "工体北路 010****1234",
                        "\"traceId\":\"13812345678\"")
                .doesNotContain("110105199001011234", "65001234");
    }

    @Test
    void stringsInAListAreMaskedToo() {
        JsonWriter<Map<String, List<String>>> writer = JsonWriter.of(members -> {
            members.add("callers", line -> line.get("callers"));
            new PersonalNumbersLogMasking().customize(cast(members));
        });

        String line = writer.writeToString(Map.of("callers", List.of("13812345678", "no number")));

        assertThat(line).contains("138****5678", "no number").doesNotContain("13812345678");
    }

    @SuppressWarnings("unchecked")
    private static JsonWriter.Members<Object> cast(JsonWriter.Members<?> members) {
        return (JsonWriter.Members<Object>) members;
    }
}
