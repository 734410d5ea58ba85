package city.gridline.notification.calendar.domain;

/** How the State Council's notice marks a date: a day off, or a weekend day that is worked (调休). */
public enum DayKind {
    HOLIDAY,
    WORKDAY
}
