package city.gridline.contracts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MaskedContactTest {

    @Test
    void mobileNumberKeepsPrefixAndLastFourDigits() {
        assertThat(MaskedContact.maskPhone("138 1234 5678")).isEqualTo("138****5678");
        assertThat(MaskedContact.maskPhone("+86-010-65091234")).isEqualTo("860******1234");
    }

    @Test
    void shortNumbersAreMaskedWhole() {
        assertThat(MaskedContact.maskPhone("12345")).isEqualTo("*****");
    }

    @Test
    void nameKeepsOnlyTheFamilyName() {
        assertThat(MaskedContact.maskName("张三丰")).isEqualTo("张**");
        assertThat(MaskedContact.maskName("王")).isEqualTo("王*");
        assertThat(MaskedContact.maskName("  ")).isNull();
    }
}
