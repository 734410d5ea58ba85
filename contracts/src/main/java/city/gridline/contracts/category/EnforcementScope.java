package city.gridline.contracts.category;

/** Whether a category lies inside comprehensive enforcement or belongs to another department for now. */
public enum EnforcementScope {
    /** Handled by the comprehensive enforcement teams: the case is dispatched. */
    INSIDE,
    /** Belongs to its owning department (traffic police, public security …): the case is transferred. */
    OUTSIDE
}
