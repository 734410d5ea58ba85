package city.gridline.grid.layer.domain;

import java.text.Normalizer;
import java.util.List;

/**
 * The distinctive part of a community's or street's official name, without its administrative suffix, as people
 * say and write it: 南郎家园社区居委会 → 南郎家园, 月河社区居民委员会 → 月河, 建外街道 → 建外, 小红门地区 → 小红门.
 */
public final class AdministrativeNames {

    /** Longest first, so that 月河社区居民委员会 becomes 月河 rather than 月河社区. */
    private static final List<String> COMMITTEE_SUFFIXES =
            List.of("社区居民委员会", "社区居委会", "居民委员会", "村民委员会", "居委会", "村委会");
    private static final List<String> STREET_SUFFIXES = List.of("街道办事处", "地区办事处", "街道", "地区", "乡", "镇");
    /** Words that, written right after a name, say that a community or a housing estate is meant. */
    private static final List<String> COMMUNITY_MARKERS = List.of("社区", "居委会", "居民委员会", "村", "小区");

    private AdministrativeNames() {
    }

    public static String communityCore(String officialName) {
        return withoutSuffix(officialName, COMMITTEE_SUFFIXES);
    }

    public static String streetCore(String officialName) {
        return withoutSuffix(officialName, STREET_SUFFIXES);
    }

    /** How many characters of a street suffix (街道, 地区, 乡, …) the text has at {@code at}; 0 if none. */
    public static int streetSuffixLengthAt(String text, int at) {
        return STREET_SUFFIXES.stream().filter(suffix -> text.startsWith(suffix, at))
                .mapToInt(String::length).max().orElse(0);
    }

    /** Whether the text has, at {@code at}, a word saying a community is meant (社区, 村, 小区, …). */
    public static boolean communityMarkerAt(String text, int at) {
        return COMMUNITY_MARKERS.stream().anyMatch(marker -> text.startsWith(marker, at));
    }

    private static String withoutSuffix(String name, List<String> suffixes) {
        String normalized = Normalizer.normalize(name, Normalizer.Form.NFKC).strip();
        for (String suffix : suffixes) {
            if (normalized.endsWith(suffix) && normalized.length() > suffix.length()) {
                return normalized.substring(0, normalized.length() - suffix.length());
            }
        }
        return normalized;
    }
}
