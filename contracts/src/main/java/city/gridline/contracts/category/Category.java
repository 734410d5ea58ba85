package city.gridline.contracts.category;

import city.gridline.contracts.TimeLimit;
import city.gridline.contracts.Urgency;

import java.util.Objects;

/**
 * A minor class of the catalogue with its filing and closing standard (立结案标准): when a report may be filed,
 * how long handling may take at each urgency, how long the team has to sign for the task, when the case may be
 * closed, which unit handles it, and whether it is inside comprehensive enforcement at all.
 */
public record Category(String code, CategoryKind kind, String majorCode, String majorName, String name,
                       String nameEn, String filingCondition, String closingCondition, TimeLimit normalLimit,
                       TimeLimit urgentLimit, int signLimitMinutes, ResponsibleUnit responsibleUnit,
                       EnforcementScope scope, String owningDepartment, boolean districtLevel) {

    public Category {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(majorCode, "majorCode");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(normalLimit, "normalLimit");
        Objects.requireNonNull(urgentLimit, "urgentLimit");
        Objects.requireNonNull(responsibleUnit, "responsibleUnit");
        Objects.requireNonNull(scope, "scope");
        if (!code.matches(kind == CategoryKind.COMPONENT ? "[0-9]{4}" : "20[0-9]{4}")) {
            throw new IllegalArgumentException(kind + " code does not follow the scheme: " + code);
        }
        String codedMajor = kind == CategoryKind.COMPONENT ? code.substring(0, 2) : code.substring(2, 4);
        if (!codedMajor.equals(majorCode)) {
            throw new IllegalArgumentException("code " + code + " belongs to major class " + codedMajor + ", not "
                    + majorCode);
        }
        if (signLimitMinutes < 1) {
            throw new IllegalArgumentException("sign limit must be positive: " + signLimitMinutes);
        }
        if (scope == EnforcementScope.OUTSIDE && (owningDepartment == null || owningDepartment.isBlank())) {
            throw new IllegalArgumentException(code + " is outside enforcement but names no owning department");
        }
    }

    public TimeLimit limitFor(Urgency urgency) {
        return urgency == Urgency.URGENT ? urgentLimit : normalLimit;
    }

    public boolean transferred() {
        return scope == EnforcementScope.OUTSIDE;
    }
}
