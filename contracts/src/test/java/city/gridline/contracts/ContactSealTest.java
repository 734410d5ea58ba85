package city.gridline.contracts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContactSealTest {

    private final ContactSeal seal = ContactSeal.withKey("k1", ContactSeal.newKey());

    @Test
    void aSealedContactOpensUnderItsKeyOnly() {
        SealedContact sealed = seal.seal("张三 13812345678");

        assertThat(sealed.ciphertext()).doesNotContain("138").isNotEqualTo(seal.seal("张三 13812345678").ciphertext());
        assertThat(seal.open(sealed)).isEqualTo("张三 13812345678");
        assertThatThrownBy(() -> ContactSeal.withKey("k1", ContactSeal.newKey()).open(sealed))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ContactSeal.withKey("k2", ContactSeal.newKey()).open(sealed))
                .hasMessageContaining("key k1");
    }

    @Test
    void aChangedCiphertextDoesNotOpen() {
        SealedContact sealed = seal.seal("13812345678");
        char first = sealed.ciphertext().charAt(0);
        SealedContact tampered = new SealedContact("k1", sealed.nonce(),
                (first == 'A' ? 'B' : 'A') + sealed.ciphertext().substring(1));

        assertThatThrownBy(() -> seal.open(tampered)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aKeyMustBe256Bits() {
        assertThatThrownBy(() -> ContactSeal.withKey("k1", "c2hvcnQ=")).hasMessageContaining("32 bytes");
    }
}
