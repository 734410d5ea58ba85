package city.gridline.intake.report.domain;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** Text as intake keeps it, and what was done to it on the way; {@code text} is null when nothing is left. */
public record NormalizedText(String text, Set<Normalization> applied) {

    public NormalizedText {
        applied = applied.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(applied));
    }
}
