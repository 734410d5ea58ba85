package city.gridline.contracts;

/** How urgent a case is; it selects which of its category's time limits applies. */
public enum Urgency {
    NORMAL,
    URGENT
}
