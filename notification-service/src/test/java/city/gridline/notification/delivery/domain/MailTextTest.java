package city.gridline.notification.delivery.domain;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MailTextTest {

    @Test
    void theFirstLineIsTheSubjectAndTheRestAfterTheBlankLineTheBody() {
        MailText mail = MailText.of(MessageTemplate.DEADLINE_SUPERVISE_EMAIL.render(Map.of("caseNumber", "261123-00042",
                "teamName", "南郎家园综合执法组", "deadline", "11月23日22:15")).text());

        assertThat(mail.subject()).isEqualTo("【督办】案件261123-00042超期未办结");
        assertThat(mail.body()).startsWith("案件261123-00042由南郎家园综合执法组承办，处置期限为11月23日22:15，")
                .contains("\n\n——城市管理综合执法指挥中心");
    }

    @Test
    void aTextWithoutASubjectLineIsNoEMail() {
        assertThatThrownBy(() -> MailText.of("【城管】案件261123-00042已超期")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MailText.of(" \n\nbody")).isInstanceOf(IllegalArgumentException.class);
    }
}
