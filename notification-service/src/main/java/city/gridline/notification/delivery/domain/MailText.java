package city.gridline.notification.delivery.domain;

import java.util.Objects;

/**
 * An e-mail as a notification carries it: the text's first line is the subject, the rest after the blank line the
 * body — so one rendered text (and one template) serves e-mail as it serves SMS.
 */
public record MailText(String subject, String body) {

    private static final String SEPARATOR = "\n\n";

    public MailText {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        if (subject.isBlank() || subject.contains("\n")) {
            throw new IllegalArgumentException("an e-mail's subject is one line that is not blank");
        }
    }

    public static MailText of(String text) {
        int end = text.indexOf(SEPARATOR);
        if (end < 0) {
            throw new IllegalArgumentException("an e-mail's text is its subject, a blank line, then its body");
        }
        return new MailText(text.substring(0, end), text.substring(end + SEPARATOR.length()));
    }
}
