package city.gridline.notification.deadline.domain;

/** Handling time limits are counted in wall-clock hours or in working days of the city's calendar. */
public enum LimitUnit {
    HOURS,
    WORKING_DAYS
}
