package city.gridline.servicekit.validation;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class StorableInstantValidatorTest {

    private final StorableInstantValidator validator = new StorableInstantValidator();

    @Test
    void instantsFrom1970ToTheEndOf9999AreStorableAndNothingElse() {
        assertThat(validator.isValid(Instant.parse("2026-11-25T08:00:00Z"), null)).isTrue();
        assertThat(validator.isValid(Instant.EPOCH, null)).isTrue();
        assertThat(validator.isValid(Instant.parse("9999-12-31T23:59:59Z"), null)).isTrue();
        assertThat(validator.isValid(null, null)).as("left to @NotNull").isTrue();
        assertThat(validator.isValid(Instant.parse("+999999999-12-31T00:00:00Z"), null)).isFalse();
        assertThat(validator.isValid(Instant.parse("+10000-01-01T00:00:00Z"), null)).isFalse();
        assertThat(validator.isValid(Instant.parse("1969-12-31T23:59:59Z"), null)).isFalse();
    }
}
