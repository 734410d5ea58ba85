package city.gridline.notification.timeline.domain;

import city.gridline.contracts.event.CaseEvent;
import city.gridline.contracts.event.CaseVerified;
import city.gridline.contracts.event.EventCodec;
import city.gridline.contracts.event.EventType;
import city.gridline.contracts.event.EventTypes;
import city.gridline.contracts.event.GoldenSamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CaseStepSummaryTest {

    private static final EventCodec CODEC = new EventCodec();

    static List<EventType<?>> caseEventTypes() {
        return EventTypes.ALL.stream().filter(type -> CaseEvent.class.isAssignableFrom(type.javaType())).toList();
    }

    @ParameterizedTest
    @MethodSource("caseEventTypes")
    void everyCaseStepReadsAsAChineseTermAndAnEnglishLine(EventType<?> type) {
        String summary = CaseStepSummary.of(sample(type));

        assertThat(summary).matches("^\\p{IsHan}+ \\p{ASCII}.*");
        assertThat(summary).doesNotContain(type.javaType().getSimpleName());
    }

    @Test
    void aFailedVerificationSaysTheCaseGoesBackForRework() {
        CaseVerified passed = (CaseVerified) sample(EventTypes.CASE_VERIFIED);
        CaseVerified failed = new CaseVerified(passed.caseNumber(), passed.reportId(), false, "井盖仍松动",
                passed.evidence(), passed.actor(), passed.verifiedAt());

        assertThat(CaseStepSummary.of(failed)).startsWith("核查不通过").contains("rework", "井盖仍松动");
    }

    @Test
    void aDispatchNamesTheTeam() {
        assertThat(CaseStepSummary.of(sample(EventTypes.CASE_DISPATCHED)))
                .startsWith("派遣 dispatched to 南郎家园综合执法组 (T110105001024)");
    }

    private static CaseEvent sample(EventType<?> type) {
        return (CaseEvent) CODEC.decode(GoldenSamples.sample(type)).data();
    }
}
