package city.gridline.servicekit.security;

import java.util.Arrays;
import java.util.Objects;
import java.util.Set;

/**
 * Who is calling, once authenticated: a person by bearer token (its subject), or a client system by API key.
 *
 * @param id        the token's subject, or {@code key:<key id>} for an API key — what a case's history records
 * @param roles     what the caller may do
 * @param areas     where the caller may do it
 * @param rate      how fast this caller may send where rates are limited, or {@code null} for the service's default
 */
public record GridlineCaller(String id, Set<GridlineRole> roles, AreaScope areas, Rate rate) {

    public GridlineCaller {
        Objects.requireNonNull(id, "id");
        roles = Set.copyOf(roles);
        Objects.requireNonNull(areas, "areas");
    }

    public boolean hasAnyRole(GridlineRole... wanted) {
        return Arrays.stream(wanted).anyMatch(roles::contains);
    }

    public boolean mayActIn(String areaCode) {
        return areas.covers(areaCode);
    }

    /** {@code perSecond} requests on average, up to {@code burst} at once. */
    public record Rate(double perSecond, int burst) {
    }
}
