package city.gridline.notification.staffing.domain;

import java.util.List;
import java.util.Objects;

/**
 * One area's staffing check: a district (all teams stationed in it) or a street (the teams stationed in the
 * street: resident groups and the street squad). {@code population} and {@code layerVersion} (the grid layer it
 * was counted in) are null when grid announced none for it.
 */
public record AreaStaffing(Level level, String code, String name, String districtCode, String districtName,
                           Population population, String layerVersion, int teams, StaffingFigures figures,
                           List<Finding> findings, Verdict verdict) {

    public enum Level {
        DISTRICT,
        STREET
    }

    public AreaStaffing {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(figures, "figures");
        findings = List.copyOf(findings);
    }
}
