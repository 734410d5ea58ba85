package city.gridline.notification.assessment.domain;

import java.util.Objects;

/**
 * One dispatched case as assessment counts it: the groups it falls in and the facts each rate needs.
 * {@code satisfied} is null until its call-back is recorded; {@code verifications} and {@code failedVerifications}
 * count checks, not cases; {@code reopenings} the times an unsatisfied call-back reopened the closed case.
 * {@code resolved}: reported handled in the round in force; {@code resolvedOnTime}: so, by its deadline, and no earlier
 * round late; {@code lateBeforeReopening}: a round before a reopening ended past its deadline — the case is late,
 * resolved again or not.
 */
public record AssessedCase(GroupKey district, GroupKey street, GroupKey team, GroupKey category, boolean returned,
                           boolean resolved, boolean resolvedOnTime, boolean lateBeforeReopening, boolean closed,
                           int verifications, int failedVerifications, int reopenings, boolean signedInTime,
                           boolean overdueNow, Boolean satisfied) {

    public AssessedCase {
        Objects.requireNonNull(district, "district");
        Objects.requireNonNull(street, "street");
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(category, "category");
    }

    public GroupKey keyBy(GroupBy groupBy) {
        switch (groupBy) {
            case DISTRICT:
                return district;
            case STREET:
                return street;
            case TEAM:
                return team;
            default:
                return category;
        }
    }
}
