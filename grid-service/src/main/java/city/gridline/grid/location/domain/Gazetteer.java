package city.gridline.grid.location.domain;

import city.gridline.grid.layer.domain.AdministrativeNames;
import city.gridline.grid.layer.domain.Cell;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Places an address-only report by the community or street names it mentions. Names are compared without their
 * administrative suffixes (南郎家园社区居委会 → 南郎家园, 建外街道 → 建外), the longest community name found wins,
 * and a street named in the address settles a tie between same-named communities. A community's name written as
 * part of a street's name is the street's (望京街道 names 望京街道, not 望京村委会 of 崔各庄地区), unless a word such
 * as 村 or 社区 follows it. A community match places the
 * report in the community's level-1 grid, for a person to confirm; anything less is left for manual triage.
 */
public final class Gazetteer {

    private static final int SHORTEST_NAME = 2;

    private final List<Place> communities;
    private final List<Place> streets;

    public Gazetteer(List<Cell> cells) {
        this.communities = places(cells, cell -> cell.community().code(),
                cell -> AdministrativeNames.communityCore(cell.community().name()));
        this.streets = places(cells, cell -> cell.street().code(),
                cell -> AdministrativeNames.streetCore(cell.street().name()));
    }

    /** One place per distinct key, named by its core name and represented by its first cell (smallest code). */
    private static List<Place> places(List<Cell> cells, Function<Cell, String> key, Function<Cell, String> core) {
        Map<String, Cell> firstCell = cells.stream().collect(Collectors.toMap(key, Function.identity(),
                (a, b) -> a.code().compareTo(b.code()) <= 0 ? a : b));
        return firstCell.values().stream()
                .map(cell -> new Place(core.apply(cell), cell))
                .filter(place -> place.core().length() >= SHORTEST_NAME)
                .sorted(Comparator.comparing((Place place) -> place.cell().code()))
                .toList();
    }

    public AddressMatch match(String address) {
        if (address == null || address.isBlank()) {
            return AddressMatch.unresolved("the report has neither coordinates nor an address");
        }
        String text = Normalizer.normalize(address, Normalizer.Form.NFKC).replaceAll("\\s+", "");
        List<Place> streetsNamed = streets.stream().filter(street -> text.contains(street.core())).toList();
        List<Span> streetNames = streetNames(text, streetsNamed);
        List<Place> named = communities.stream()
                .filter(community -> namesCommunity(text, community.core(), streetNames)).toList();
        int longest = named.stream().mapToInt(c -> c.core().length()).max().orElse(0);
        List<Place> candidates = named.stream().filter(c -> c.core().length() == longest).toList();
        if (candidates.size() > 1) {
            List<Place> inNamedStreet = candidates.stream().filter(c -> streetsNamed.stream()
                    .anyMatch(s -> s.cell().street().code().equals(c.cell().street().code()))).toList();
            candidates = inNamedStreet.isEmpty() ? candidates : inNamedStreet;
        }
        if (candidates.size() == 1) {
            return AddressMatch.community(candidates.get(0).cell());
        }
        if (candidates.size() > 1) {
            return AddressMatch.unresolved("the address names " + candidates.size() + " communities called "
                    + candidates.get(0).core() + " (" + candidates.stream().map(c -> c.cell().community().code())
                    .collect(Collectors.joining(", ")) + ")");
        }
        Optional<Place> street = streetsNamed.stream().max(Comparator.comparingInt(s -> s.core().length()));
        return street.map(s -> AddressMatch.unresolved("the address names street " + s.cell().street().name()
                        + " (" + s.cell().street().code() + ") but no community of it"))
                .orElseGet(() -> AddressMatch.unresolved("the address names no known community or street"));
    }

    /** Where the text names a street: its core name and the suffix written after it (望京 + 街道). */
    private static List<Span> streetNames(String text, List<Place> streetsNamed) {
        List<Span> spans = new ArrayList<>();
        for (Place street : streetsNamed) {
            for (int at = text.indexOf(street.core()); at >= 0; at = text.indexOf(street.core(), at + 1)) {
                int end = at + street.core().length();
                spans.add(new Span(at, end + AdministrativeNames.streetSuffixLengthAt(text, end)));
            }
        }
        return spans;
    }

    /**
     * Whether the text names the community: its core name written somewhere other than as part of a street's name
     * (望京 in 望京街道 names the street, not 望京村), or written with a word saying a community is meant (望京村).
     */
    private static boolean namesCommunity(String text, String core, List<Span> streetNames) {
        for (int at = text.indexOf(core); at >= 0; at = text.indexOf(core, at + 1)) {
            int start = at;
            int end = at + core.length();
            if (AdministrativeNames.communityMarkerAt(text, end)
                    || streetNames.stream().noneMatch(street -> street.covers(start, end))) {
                return true;
            }
        }
        return false;
    }

    private record Place(String core, Cell cell) {
    }

    private record Span(int start, int end) {

        boolean covers(int from, int to) {
            return start <= from && to <= end;
        }
    }

    /**
     * The outcome of matching an address: the first cell of the matched community, or why nothing was matched.
     */
    public record AddressMatch(Optional<Cell> communityCell, String explanation) {

        static AddressMatch community(Cell firstCell) {
            return new AddressMatch(Optional.of(firstCell), "the address names community "
                    + firstCell.community().name() + " (" + firstCell.community().code() + ")");
        }

        static AddressMatch unresolved(String why) {
            return new AddressMatch(Optional.empty(), why);
        }
    }
}
