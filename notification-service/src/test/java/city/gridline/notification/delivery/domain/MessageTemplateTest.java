package city.gridline.notification.delivery.domain;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MessageTemplateTest {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Test
    void theCitizenTemplateCarriesCaseNumberAndDeadline() {
        RenderedMessage message = MessageTemplate.CASE_OPENED_CITIZEN.render(Map.of("caseNumber", "261123-00042",
                "deadline", ChineseTime.of(OffsetDateTime.parse("2026-10-11T00:00+08:00").toInstant(), BEIJING)));

        assertThat(message.templateKey()).isEqualTo("case-opened-citizen");
        assertThat(message.text()).isEqualTo("【城管】您反映的问题已立案，案件编号261123-00042，我们将在10月10日24:00前处理并回复您。");
    }

    @Test
    void aMissingValueIsAnErrorNotABraceInAnSms() {
        assertThatThrownBy(() -> MessageTemplate.CASE_DISPATCHED_TEAM.render(Map.of("caseNumber", "261123-00042")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("{teamName}");
    }

    @Test
    void timesOfDayReadAsHoursAndMinutes() {
        assertThat(ChineseTime.of(OffsetDateTime.parse("2026-11-23T18:05+08:00").toInstant(), BEIJING))
                .isEqualTo("11月23日18:05");
    }
}
