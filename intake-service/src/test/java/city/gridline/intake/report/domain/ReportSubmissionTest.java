package city.gridline.intake.report.domain;

import city.gridline.contracts.Channel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportSubmissionTest {

    @Test
    void normalizingTwiceChangesNothingAndKeepsWhatWasDoneFirst() {
        ReportSubmission submission = new ReportSubmission(Channel.HOTLINE_12345, "T-1", "0101",
                " 井盖破损，请回电13812345678 ", null, "朝阳区（工体北路）", "张三", "13812345678");

        ReportSubmission once = submission.normalized();
        ReportSubmission twice = once.normalized();

        assertThat(once.description()).isEqualTo("井盖破损,请回电138****5678");
        assertThat(once.address()).isEqualTo("朝阳区(工体北路)");
        assertThat(once.normalizations()).containsExactlyInAnyOrder(Normalization.NFKC, Normalization.WHITESPACE,
                Normalization.PHONE_MASKED);
        assertThat(twice).isEqualTo(once);
        assertThat(twice.fingerprint()).isEqualTo(once.fingerprint());
    }

    @Test
    void anAddressOfOnlySpacesIsNoAddress() {
        assertThatThrownBy(() -> new ReportSubmission(Channel.HOTLINE_12319, "T-2", "0101", "?", null, "\u00A0\u3000",
                null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
