package city.gridline.contracts;

/**
 * A reporter's contact as it may travel in events: already masked. The raw contact never leaves intake.
 * Both parts are optional: many callers stay anonymous.
 */
public record MaskedContact(String name, String phone) {

    /** Keeps the family name (the first character) and masks the rest: 张三丰 → 张**. */
    public static String maskName(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String trimmed = name.strip();
        int first = trimmed.offsetByCodePoints(0, 1);
        int rest = trimmed.codePointCount(first, trimmed.length());
        return trimmed.substring(0, first) + "*".repeat(Math.max(rest, 1));
    }

    /** Keeps the first three and last four digits of a number long enough to have them: 13812345678 → 138****5678. */
    public static String maskPhone(String phone) {
        if (phone == null || phone.isBlank()) {
            return null;
        }
        String digits = phone.replaceAll("[^0-9]", "");
        if (digits.length() < 8) {
            return "*".repeat(digits.length());
        }
        return digits.substring(0, 3) + "*".repeat(digits.length() - 7) + digits.substring(digits.length() - 4);
    }

    public static MaskedContact of(String rawName, String rawPhone) {
        return new MaskedContact(maskName(rawName), maskPhone(rawPhone));
    }
}
