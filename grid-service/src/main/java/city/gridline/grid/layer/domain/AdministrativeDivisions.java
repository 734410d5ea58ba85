package city.gridline.grid.layer.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A district's official street and community code lists: what a grid layer of the district may refer to. */
public final class AdministrativeDivisions {

    private final District district;
    private final Map<String, Street> streets;
    private final Map<String, Community> communities;

    public AdministrativeDivisions(District district, List<Street> streets, List<Community> communities) {
        this.district = district;
        this.streets = streets.stream().collect(Collectors.toUnmodifiableMap(Street::code, Function.identity()));
        this.communities = communities.stream()
                .collect(Collectors.toUnmodifiableMap(Community::code, Function.identity()));
    }

    public District district() {
        return district;
    }

    public Optional<Community> community(String code) {
        return Optional.ofNullable(communities.get(code));
    }

    public Street streetOf(Community community) {
        Street street = streets.get(community.streetCode());
        if (street == null) {
            throw new IllegalStateException("community " + community.code() + " names unknown street "
                    + community.streetCode());
        }
        return street;
    }
}
