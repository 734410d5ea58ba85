package city.gridline.intake.report.domain;

import city.gridline.contracts.MaskedContact;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds phone numbers and 18-digit resident identity card numbers in free text and masks them the way
 * {@link MaskedContact#maskPhone} masks a reporter's phone: the first three and the last four characters stay.
 * A number glued to letters or digits (a hex id, a longer digit run) is not taken for one.
 */
public final class PersonalNumbers {

    private static final String BEFORE = "(?<![0-9A-Za-z])";
    private static final String AFTER = "(?![0-9A-Za-z])";

    private static final Pattern ID_NUMBER = Pattern.compile(BEFORE
            + "[1-9][0-9]{5}(?:18|19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])[0-9]{3}[0-9Xx]" + AFTER);

    private static final Pattern PHONE = Pattern.compile(BEFORE
            + "(?:(?:\\+?86[- ]?)?1[3-9][0-9](?:[- ]?[0-9]{4}){2}"
            // a landline: area code, bare or in brackets, then 7 or 8 digits, as written with dashes or spaces
            + "|(?:\\(0[1-9][0-9]{1,2}\\) ?|0[1-9][0-9]{1,2}[- ]?)[2-9][0-9]{2,3}[- ]?[0-9]{4})" + AFTER);

    private PersonalNumbers() {
    }

    public static String mask(String text) {
        return text == null ? null : maskNoting(text, EnumSet.noneOf(Normalization.class));
    }

    /** Masks the numbers in {@code text} and adds to {@code applied} what it masked. */
    static String maskNoting(String text, Set<Normalization> applied) {
        String withoutIds = replace(ID_NUMBER, text, PersonalNumbers::maskIdNumber, Normalization.ID_NUMBER_MASKED,
                applied);
        return replace(PHONE, withoutIds, MaskedContact::maskPhone, Normalization.PHONE_MASKED, applied);
    }

    static String maskIdNumber(String idNumber) {
        return idNumber.substring(0, 3) + "*".repeat(idNumber.length() - 7)
                + idNumber.substring(idNumber.length() - 4).toUpperCase(java.util.Locale.ROOT);
    }

    private static String replace(Pattern pattern, String text, java.util.function.UnaryOperator<String> masking,
                                  Normalization flag, Set<Normalization> applied) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            return text;
        }
        applied.add(flag);
        StringBuilder masked = new StringBuilder();
        do {
            matcher.appendReplacement(masked, Matcher.quoteReplacement(masking.apply(matcher.group())));
        } while (matcher.find());
        matcher.appendTail(masked);
        return masked.toString();
    }
}
