package city.gridline.dispatch.cases.domain;

/** The steps of the case lifecycle that dispatch has reached so far. */
public enum CaseStatus {
    OPENED,
    DISPATCHED
}
