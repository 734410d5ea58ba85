package city.gridline.servicekit.security;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The administrative areas a caller may act in: division codes (district 6 digits, street 9, community 12), each
 * covering every code it begins, so a cell code is covered by its community's, street's and district's; {@code *}
 * covers the whole city.
 */
public record AreaScope(Set<String> codes) {

    public static final String EVERYWHERE = "*";
    public static final AreaScope CITY = new AreaScope(Set.of(EVERYWHERE));
    public static final AreaScope NONE = new AreaScope(Set.of());

    public AreaScope {
        codes = Set.copyOf(codes);
    }

    public static AreaScope of(Collection<String> codes) {
        return new AreaScope(codes.stream().map(String::strip).filter(code -> !code.isEmpty())
                .collect(Collectors.toUnmodifiableSet()));
    }

    public boolean covers(String areaCode) {
        if (codes.contains(EVERYWHERE)) {
            return true;
        }
        return areaCode != null && codes.stream().anyMatch(areaCode::startsWith);
    }

    public boolean isCityWide() {
        return codes.contains(EVERYWHERE);
    }
}
