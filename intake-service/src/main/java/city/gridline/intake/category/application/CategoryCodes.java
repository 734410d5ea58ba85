package city.gridline.intake.category.application;

import city.gridline.contracts.TimeLimit;

import java.util.Optional;

/** Which problem-category codes Gridline knows: a report may only be filed under one of them. */
public interface CategoryCodes {

    boolean isKnown(String code);

    /** The category's handling limit at normal urgency; empty for an unknown code. */
    Optional<TimeLimit> handlingLimit(String code);
}
