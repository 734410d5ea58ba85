package city.gridline.intake.category.adapter;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A category code Gridline knows. Null and codes of the wrong shape pass: {@code @NotBlank} and {@code @Pattern}
 * report those, so one mistake gives one error.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = KnownCategoryCodeValidator.class)
public @interface KnownCategoryCode {

    String message() default "is not a category code of the catalogue";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
