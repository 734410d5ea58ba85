package city.gridline.dispatch.cases.application;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A case's version as an HTTP entity tag: {@code "v7"}. */
public final class CaseVersions {

    private static final Pattern ETAG = Pattern.compile("(?:W/)?\"v([0-9]{1,9})\"");

    private CaseVersions() {
    }

    public static String etag(int version) {
        return "\"v" + version + "\"";
    }

    /** The version an If-Match header names; empty when the header is absent or {@code *}. */
    public static OptionalInt fromIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return OptionalInt.empty();
        }
        Matcher matcher = ETAG.matcher(ifMatch.strip());
        if (!matcher.matches()) {
            throw new PreconditionFailedException("If-Match " + ifMatch + " is not an entity tag of a case");
        }
        return OptionalInt.of(Integer.parseInt(matcher.group(1)));
    }
}
