package city.gridline.campaigns;

import java.util.OptionalInt;

/**
 * How the generated cases are drawn: one seed for all of them ({@code -Dgridline.campaign.seed=…}) and, if given,
 * how many cases every generator makes ({@code -Dgridline.campaign.tries=…}; otherwise each its usual number). The
 * same seed and tries draw the same cases again.
 */
record CaseSettings(long seed, OptionalInt tries) {

    static final String SEED_PROPERTY = "gridline.campaign.seed";
    static final String TRIES_PROPERTY = "gridline.campaign.tries";
    static final long DEFAULT_SEED = 20_260_601L;

    static CaseSettings fromSystemProperties() {
        String seed = System.getProperty(SEED_PROPERTY, "").strip();
        String tries = System.getProperty(TRIES_PROPERTY, "").strip();
        return new CaseSettings(seed.isEmpty() ? DEFAULT_SEED : Long.parseLong(seed),
                tries.isEmpty() ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(tries)));
    }

    int triesOr(int usualTries) {
        return tries.orElse(usualTries);
    }

    /** The options that draw these cases again. */
    String rerunOptions() {
        return "-D" + SEED_PROPERTY + "=" + seed
                + tries.stream().mapToObj(n -> " -D" + TRIES_PROPERTY + "=" + n).findFirst().orElse("");
    }
}
