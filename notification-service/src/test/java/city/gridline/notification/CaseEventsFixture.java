package city.gridline.notification;

import city.gridline.contracts.event.EventTypes;
import city.gridline.contracts.event.GoldenSamples;

import java.nio.charset.StandardCharsets;
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

    /** The golden dispatch sample (dispatched 2026-11-23T08:15:30.251Z, a Monday 16:15 in Beijing). */
    public static byte[] aDispatch(String caseNumber, String eventId, String teamId) {
        String sample = new String(GoldenSamples.sample(EventTypes.CASE_DISPATCHED), StandardCharsets.UTF_8);
        String sampleEventId = sample.replaceAll("(?s).*?\"eventId\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        return sample.replace(SAMPLE_CASE_NUMBER, caseNumber).replace(sampleEventId, eventId)
                .replace(SAMPLE_TEAM_ID, teamId).getBytes(StandardCharsets.UTF_8);
    }
}
