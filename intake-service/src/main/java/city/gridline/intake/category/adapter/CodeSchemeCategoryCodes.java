package city.gridline.intake.category.adapter;

import city.gridline.intake.category.application.CategoryCodes;

import java.util.regex.Pattern;

/**
 * Knows a code by its scheme alone: four digits for a component (部件), "20" and four digits for an event (事件).
 * Stands in until the category catalogue is part of contracts.
 */
public class CodeSchemeCategoryCodes implements CategoryCodes {

    private static final Pattern SCHEME = Pattern.compile("[0-9]{4}|20[0-9]{4}");

    @Override
    public boolean isKnown(String code) {
        return code != null && SCHEME.matcher(code).matches();
    }
}
