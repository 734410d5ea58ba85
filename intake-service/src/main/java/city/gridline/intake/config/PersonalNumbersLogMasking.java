package city.gridline.intake.config;

import city.gridline.intake.report.domain.PersonalNumbers;
import org.springframework.boot.json.JsonWriter;
import org.springframework.boot.logging.structured.StructuredLoggingJsonMembersCustomizer;

import java.util.Set;

/**
 * Masks phone and identity card numbers in every string of every JSON log line (message, key-value pairs, stack
 * traces, the elements of lists), whatever code logged it. Identifiers are left alone: a trace id must stay
 * searchable. (An element of a list has a path without a name; {@code Set.of(…).contains(null)} would throw.)
 * Registered with {@code logging.structured.json.customizer}.
 */
public class PersonalNumbersLogMasking implements StructuredLoggingJsonMembersCustomizer<Object> {

    private static final Set<String> IDENTIFIERS = Set.of("traceId", "spanId", "reportId", "eventId");

    @Override
    public void customize(JsonWriter.Members<Object> members) {
        members.applyingValueProcessor(JsonWriter.ValueProcessor.of(String.class, PersonalNumbers::mask)
                .whenHasPath(path -> path.name() == null || !IDENTIFIERS.contains(path.name())));
    }
}
