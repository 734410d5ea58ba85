package city.gridline.notification.staffing.domain;

/** What the staffing check found wrong with an area, or why it could not judge it. */
public enum Finding {
    /** Below the minimum of sworn officers per 10,000 residents (万分之三). */
    TOO_FEW_OFFICERS(true, "fewer sworn officers per 10,000 residents than the policy's minimum"),
    /** Above the maximum of sworn officers per 10,000 residents (万分之七). */
    TOO_MANY_OFFICERS(true, "more sworn officers per 10,000 residents than the policy's maximum"),
    /** Too few of the sworn officers in front-line teams (一线不低于80%). */
    FRONT_LINE_SHARE_TOO_LOW(true, "a smaller share of sworn officers in front-line teams than the policy's minimum"),
    /** More assistants than sworn officers (协管人员数量不得超过在编人数). */
    ASSISTANTS_OUTNUMBER_OFFICERS(true, "more assistants than sworn officers"),
    /** No population known (grid announced none for the area) or none living there: officers per 10,000 unknown. */
    NO_RESIDENTS_KNOWN(false, "no residents known for the area, so officers per 10,000 residents cannot be judged");

    private final boolean breach;
    private final String description;

    Finding(boolean breach, String description) {
        this.breach = breach;
        this.description = description;
    }

    /** A breach of the policy, rather than a figure that could not be judged. */
    public boolean breach() {
        return breach;
    }

    public String description() {
        return description;
    }
}
