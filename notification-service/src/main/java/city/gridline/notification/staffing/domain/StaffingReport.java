package city.gridline.notification.staffing.domain;

import java.util.List;

/**
 * The staffing check of every area, each district followed by its streets in code order; {@code unplaced}: the
 * teams bound to no district and no street, whose officers and assistants count in no area.
 */
public record StaffingReport(StaffingPolicy policy, List<AreaStaffing> areas, Unplaced unplaced) {

    public StaffingReport {
        areas = List.copyOf(areas);
    }

    public record Unplaced(int teams, long officers, long assistants) {
    }
}
