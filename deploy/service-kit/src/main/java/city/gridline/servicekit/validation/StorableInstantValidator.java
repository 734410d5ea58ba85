package city.gridline.servicekit.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.time.Instant;

/** Checks {@link StorableInstant}. */
public class StorableInstantValidator implements ConstraintValidator<StorableInstant, Instant> {

    static final Instant EARLIEST = Instant.EPOCH;
    static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");

    @Override
    public boolean isValid(Instant value, ConstraintValidatorContext context) {
        return value == null || storable(value);
    }

    /** The check itself, for an instant a controller parses from a query parameter. */
    public static boolean storable(Instant value) {
        return !(value.isBefore(EARLIEST) || value.isAfter(LATEST));
    }
}
