package city.gridline.servicekit.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An instant a request may carry: from 1970 to the end of 9999 (null is left to {@code @NotNull}). JSON reads far
 * larger years (+999999999-12-31T00:00:00Z), which no database date holds; without this they failed as the record
 * was stored, a 500 instead of a 422.
 */
@Documented
@Constraint(validatedBy = StorableInstantValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface StorableInstant {

    String message() default "must lie between 1970-01-01T00:00:00Z and 9999-12-31T23:59:59Z";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
