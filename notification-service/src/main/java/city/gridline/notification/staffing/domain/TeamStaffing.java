package city.gridline.notification.staffing.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * What the staffing check needs of a team's roster: where it is stationed, whether it is front line, its sworn
 * officers and its assistants. A team with a street but no district belongs to the district the street code
 * starts with (administrative codes nest: street 110105001 lies in district 110105).
 */
public record TeamStaffing(String teamId, String districtCode, String streetCode, boolean frontLine, int officers,
                           int assistants, Instant changedAt) {

    private static final int DISTRICT_CODE_LENGTH = 6;

    public TeamStaffing {
        Objects.requireNonNull(teamId, "teamId");
        Objects.requireNonNull(changedAt, "changedAt");
        if (districtCode == null && streetCode != null && streetCode.length() > DISTRICT_CODE_LENGTH) {
            districtCode = streetCode.substring(0, DISTRICT_CODE_LENGTH);
        }
    }

    /** Neither district nor street: the team counts in no area. */
    public boolean unplaced() {
        return districtCode == null;
    }
}
