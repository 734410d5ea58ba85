package city.gridline.intake.report.domain;

/** One thing intake did to a report's free text (description, address) before storing and publishing it. */
public enum Normalization {
    /** Unicode NFKC: full-width letters, digits and punctuation folded to their half-width forms. */
    NFKC,
    /** Runs of whitespace collapsed to one space, leading and trailing whitespace removed. */
    WHITESPACE,
    /** Text that was UTF-8 decoded as GB18030 (浜曠洊 for 井盖) turned back into what was meant. */
    MOJIBAKE_REPAIRED,
    /** Looks like UTF-8 decoded as GB18030, but the bytes do not go back cleanly: kept as received. */
    MOJIBAKE_SUSPECTED,
    /** Holds U+FFFD: bytes were lost before intake saw them (typically GB18030 decoded as UTF-8). */
    UNDECODABLE_BYTES,
    /** A phone number in the text was masked. */
    PHONE_MASKED,
    /** A resident identity card number (居民身份证号码) in the text was masked. */
    ID_NUMBER_MASKED
}
