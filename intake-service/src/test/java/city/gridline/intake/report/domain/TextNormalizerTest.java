package city.gridline.intake.report.domain;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static city.gridline.intake.report.domain.Normalization.ID_NUMBER_MASKED;
import static city.gridline.intake.report.domain.Normalization.MOJIBAKE_REPAIRED;
import static city.gridline.intake.report.domain.Normalization.MOJIBAKE_SUSPECTED;
import static city.gridline.intake.report.domain.Normalization.NFKC;
import static city.gridline.intake.report.domain.Normalization.PHONE_MASKED;
import static city.gridline.intake.report.domain.Normalization.UNDECODABLE_BYTES;
import static city.gridline.intake.report.domain.Normalization.WHITESPACE;
import static org.assertj.core.api.Assertions.assertThat;

class TextNormalizerTest {

    private static final Charset GB18030 = Charset.forName("GB18030");

    @Test
    void cleanTextIsKeptAndNothingIsRecorded() {
        NormalizedText text = TextNormalizer.normalize("井盖破损，行人有坠落危险。");

        assertThat(text.text()).isEqualTo("井盖破损,行人有坠落危险。");
        assertThat(text.applied()).containsExactly(NFKC);

        NormalizedText plain = TextNormalizer.normalize("朝阳区工人体育场北路");
        assertThat(plain.text()).isEqualTo("朝阳区工人体育场北路");
        assertThat(plain.applied()).isEmpty();
    }

    @Test
    void fullWidthFormsBecomeHalfWidth() {
        NormalizedText text = TextNormalizer.normalize("ＡＢＣ小区１２号楼（东门）");

        assertThat(text.text()).isEqualTo("ABC小区12号楼(东门)");
        assertThat(text.applied()).containsExactly(NFKC);
    }

    @Test
    void whitespaceIsCollapsedAndTrimmedIncludingIdeographicSpaces() {
        NormalizedText text = TextNormalizer.normalize("  井盖\u3000\u3000破损 \n\t 有危险\u00A0 ");

        assertThat(text.text()).isEqualTo("井盖 破损 有危险");
        assertThat(text.applied()).contains(WHITESPACE);
    }

    @Test
    void nothingLeftIsNull() {
        assertThat(TextNormalizer.normalize(" \u3000\u00A0 ").text()).isNull();
        assertThat(TextNormalizer.normalize(null).text()).isNull();
        assertThat(TextNormalizer.isBlank("\u00A0\u3000")).isTrue();
        assertThat(TextNormalizer.isBlank("朝阳区")).isFalse();
    }

    @Test
    void utf8ReadAsGb18030IsRepairedWhenTheRoundTripIsClean() {
        String mojibake = new String("门前有人占道经营卖水果，影响通行".getBytes(StandardCharsets.UTF_8), GB18030);
        assertThat(mojibake).startsWith("闂ㄥ墠鏈変汉");

        NormalizedText text = TextNormalizer.normalize(mojibake);

        assertThat(text.text()).isEqualTo("门前有人占道经营卖水果,影响通行");
        assertThat(text.applied()).containsExactlyInAnyOrder(MOJIBAKE_REPAIRED, NFKC);
    }

    @Test
    void mojibakeWhoseBytesDoNotGoBackCleanlyIsFlaggedAndKept() {
        String torn = new String("建筑垃圾堆放在绿地".getBytes(StandardCharsets.UTF_8), GB18030);
        assertThat(torn).endsWith("\uFFFD");

        NormalizedText text = TextNormalizer.normalize(torn);

        assertThat(text.text()).isEqualTo(torn);
        assertThat(text.applied()).containsExactlyInAnyOrder(MOJIBAKE_SUSPECTED, UNDECODABLE_BYTES);
    }

    @Test
    void gb18030ReadAsUtf8LostItsBytesAndIsFlagged() {
        String lost = new String("占道经营".getBytes(GB18030), StandardCharsets.UTF_8);

        NormalizedText text = TextNormalizer.normalize(lost);

        assertThat(text.text()).isEqualTo(lost);
        assertThat(text.applied()).containsExactly(UNDECODABLE_BYTES);
    }

    @Test
    void genuineChineseIsNeverTakenForMojibake() {
        for (String genuine : new String[]{"汉字", "路灯不亮", "烧烤油烟扰民,晚上十点以后还在营业", "乱",
                "朝阳区工体北路3号", "建筑垃圾堆放在绿地"}) {
            assertThat(TextNormalizer.normalize(genuine).applied()).as(genuine).isEmpty();
        }
    }

    @Test
    void phoneAndIdentityNumbersAreMaskedAfterFullWidthDigitsAreFolded() {
        NormalizedText text = TextNormalizer.normalize(
                "请回电１３８１２３４５６７８,身份证110105199001011234,座机010-65001234");

        assertThat(text.text())
                .isEqualTo("请回电138****5678,身份证110***********1234,座机010****1234")
                .doesNotContain("13812345678", "110105199001011234", "65001234");
        assertThat(text.applied()).containsExactlyInAnyOrder(NFKC, PHONE_MASKED, ID_NUMBER_MASKED);
    }
}
