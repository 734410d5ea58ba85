package city.gridline.intake.category.adapter;

import city.gridline.intake.category.application.CategoryCodes;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.util.regex.Pattern;

/** Checks {@link KnownCategoryCode} against the {@link CategoryCodes} bean (Spring injects it). */
public class KnownCategoryCodeValidator implements ConstraintValidator<KnownCategoryCode, String> {

    private static final Pattern SHAPE = Pattern.compile("[0-9]{4,6}");

    private final CategoryCodes categories;

    public KnownCategoryCodeValidator(CategoryCodes categories) {
        this.categories = categories;
    }

    @Override
    public boolean isValid(String code, ConstraintValidatorContext context) {
        return code == null || !SHAPE.matcher(code).matches() || categories.isKnown(code);
    }
}
