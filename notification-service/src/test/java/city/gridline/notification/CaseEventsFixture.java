package city.gridline.notification;

import city.gridline.contracts.event.EventType;
import city.gridline.contracts.event.EventTypes;
import city.gridline.contracts.event.GoldenSamples;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

/** Case events as dispatch publishes them: the contracts' golden samples with the case, event and team swapped. */
public final class CaseEventsFixture {

    static final String SAMPLE_CASE_NUMBER = "261123-00042";
    static final String SAMPLE_TEAM_ID = "T110105001024";

    private CaseEventsFixture() {
    }

    public static String aCaseNumber() {
        return "990101-" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
    }

    /** Every step sample but opened and dispatched happened at this instant; {@link #aStep} moves it. */
    static final String SAMPLE_STEP_TIME = "2026-11-23T09:02:11.118Z";

    /**
     * A case step as dispatch publishes it: the golden sample of the type for the case, with its own event id,
     * happening {@code at} (steps other than opened and dispatched), and each {@code replacements} pair (text, by)
     * applied, e.g. {@code "\"passed\": true", "\"passed\": false"}.
     */
    public static byte[] aStep(EventType<?> type, String caseNumber, String eventId, Instant at,
                               String... replacements) {
        String sample = new String(GoldenSamples.sample(type), StandardCharsets.UTF_8);
        String sampleEventId = sample.replaceAll("(?s).*?\"eventId\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        String step = sample.replace(SAMPLE_CASE_NUMBER, caseNumber).replace(sampleEventId, eventId);
        if (at != null) {
            step = step.replace(SAMPLE_STEP_TIME, at.toString());
        }
        for (int i = 0; i + 1 < replacements.length; i += 2) {
            step = step.replace(replacements[i], replacements[i + 1]);
        }
        return step.getBytes(StandardCharsets.UTF_8);
    }

    /** The golden dispatch sample (dispatched 2026-11-23T08:15:30.251Z, a Monday 16:15 in Beijing). */
    public static byte[] aDispatch(String caseNumber, String eventId, String teamId) {
        String sample = new String(GoldenSamples.sample(EventTypes.CASE_DISPATCHED), StandardCharsets.UTF_8);
        String sampleEventId = sample.replaceAll("(?s).*?\"eventId\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        return sample.replace(SAMPLE_CASE_NUMBER, caseNumber).replace(sampleEventId, eventId)
                .replace(SAMPLE_TEAM_ID, teamId).getBytes(StandardCharsets.UTF_8);
    }
}
