package city.gridline.intake.report.domain;

import java.text.Normalizer;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What intake does to every free-text field of every channel before it is stored or published, in this order:
 * repair GB18030/UTF-8 mojibake (before NFKC, which would change the characters the repair needs), NFKC,
 * collapse whitespace, mask phone and identity card numbers (after NFKC, so full-width digits are found too).
 */
public final class TextNormalizer {

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}]+");
    private static final char REPLACEMENT_CHARACTER = '\uFFFD';

    private TextNormalizer() {
    }

    public static NormalizedText normalize(String text) {
        if (text == null) {
            return new NormalizedText(null, Set.of());
        }
        Set<Normalization> applied = EnumSet.noneOf(Normalization.class);
        Mojibake.Outcome mojibake = Mojibake.examine(text);
        if (mojibake.verdict() == Mojibake.Verdict.REPAIRED) {
            applied.add(Normalization.MOJIBAKE_REPAIRED);
        } else if (mojibake.verdict() == Mojibake.Verdict.SUSPECTED) {
            applied.add(Normalization.MOJIBAKE_SUSPECTED);
        }
        String repaired = mojibake.text();
        if (repaired.indexOf(REPLACEMENT_CHARACTER) >= 0) {
            applied.add(Normalization.UNDECODABLE_BYTES);
        }
        String folded = Normalizer.normalize(repaired, Normalizer.Form.NFKC);
        if (!folded.equals(repaired)) {
            applied.add(Normalization.NFKC);
        }
        String collapsed = WHITESPACE.matcher(folded).replaceAll(" ").strip();
        if (!collapsed.equals(folded)) {
            applied.add(Normalization.WHITESPACE);
        }
        String masked = PersonalNumbers.maskNoting(collapsed, applied);
        return new NormalizedText(masked.isEmpty() ? null : masked, applied);
    }

    /** True when nothing would be left of the text after normalization. */
    public static boolean isBlank(String text) {
        return text == null || WHITESPACE.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll("")
                .isEmpty();
    }
}
