package city.gridline.intake.report.domain;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Text whose UTF-8 bytes were decoded as GB18030 somewhere upstream ("井盖破损" arriving as "浜曠洊鐮存崯"). Encoding
 * it back to GB18030 gives the original UTF-8 bytes; it is repaired only when those bytes are valid UTF-8 and
 * encode back to exactly the text received, so a repair can never lose anything.
 */
final class Mojibake {

    static final Charset GB18030 = Charset.forName("GB18030");

    /** Fewer CJK characters than this after decoding is too little evidence to change what a caller sent. */
    private static final int MIN_IDEOGRAPHS = 2;

    private Mojibake() {
    }

    enum Verdict { NONE, REPAIRED, SUSPECTED }

    record Outcome(String text, Verdict verdict) {
    }

    static Outcome examine(String text) {
        if (text.chars().allMatch(c -> c < 0x80)) {
            return new Outcome(text, Verdict.NONE);
        }
        byte[] bytes = text.getBytes(GB18030);
        Optional<String> strict = decodeStrictly(bytes);
        if (strict.isPresent()) {
            String repaired = strict.get();
            boolean roundTrips = new String(repaired.getBytes(StandardCharsets.UTF_8), GB18030).equals(text);
            if (roundTrips && !repaired.equals(text) && ideographs(repaired) >= MIN_IDEOGRAPHS
                    && repaired.chars().noneMatch(Mojibake::isSuspiciousControl)) {
                return new Outcome(repaired, Verdict.REPAIRED);
            }
            return new Outcome(text, Verdict.NONE);
        }
        // Genuine Chinese text in GB18030 bytes is almost never valid UTF-8: decoded leniently it is mostly U+FFFD.
        // Mojibake whose last character was torn off decodes to mostly ideographs with a replacement or two.
        String lenient = new String(bytes, StandardCharsets.UTF_8);
        long replacements = lenient.chars().filter(c -> c == 0xFFFD).count();
        long ideographs = ideographs(lenient);
        return ideographs >= MIN_IDEOGRAPHS && ideographs > 2 * replacements
                ? new Outcome(text, Verdict.SUSPECTED)
                : new Outcome(text, Verdict.NONE);
    }

    private static Optional<String> decodeStrictly(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return Optional.of(decoder.decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static long ideographs(String text) {
        return text.codePoints()
                .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                .count();
    }

    private static boolean isSuspiciousControl(int c) {
        return Character.getType(c) == Character.CONTROL && !Character.isWhitespace(c);
    }
}
