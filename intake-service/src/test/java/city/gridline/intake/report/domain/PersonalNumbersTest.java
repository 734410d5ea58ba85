package city.gridline.intake.report.domain;

import city.gridline.contracts.MaskedContact;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PersonalNumbersTest {

    @Test
    void aPhoneNumberInTextIsMaskedExactlyAsTheReporterPhoneIs() {
        assertThat(PersonalNumbers.mask("联系电话13812345678")).isEqualTo("联系电话" + MaskedContact.maskPhone("13812345678"));
    }

    @Test
    void writtenFormsOfMobileNumbersAreFound() {
        assertThat(PersonalNumbers.mask("138-1234-5678 或 138 1234 5678 或 +86 13812345678"))
                .doesNotContain("1234-5678", "1234 5678", "13812345678")
                .contains("138****5678", "861******5678");
    }

    @Test
    void writtenFormsOfLandlineNumbersAreFound() {
        assertThat(PersonalNumbers.mask("(010)65123456、(010) 6512 3456、010 6512 3456、010-6512-3456、"
                + "010-65123456、0755-2612345、01065123456"))
                .doesNotContain("65123456", "6512 3456", "6512-3456", "2612345")
                .contains("010****3456", "075****2345");
        assertThat(PersonalNumbers.mask("(010)65123456")).isEqualTo("010****3456");
    }

    @Test
    void identityNumbersWithCheckLetterAreMasked() {
        assertThat(PersonalNumbers.mask("身份证号11010519491231002x。"))
                .isEqualTo("身份证号110***********002X。");
    }

    @Test
    void numbersGluedToLettersOrDigitsAreLeftAlone() {
        String traceId = "4bf92f3577b34da613812345678e4736";
        assertThat(PersonalNumbers.mask(traceId)).isEqualTo(traceId);
        assertThat(PersonalNumbers.mask("订单号9913812345678001")).isEqualTo("订单号9913812345678001");
        assertThat(PersonalNumbers.mask("261123-00042")).isEqualTo("261123-00042");
        assertThat(PersonalNumbers.mask(null)).isNull();
    }
}
