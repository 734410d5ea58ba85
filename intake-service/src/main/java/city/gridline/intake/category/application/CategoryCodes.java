package city.gridline.intake.category.application;

/** Which problem-category codes Gridline knows: a report may only be filed under one of them. */
public interface CategoryCodes {

    boolean isKnown(String code);
}
