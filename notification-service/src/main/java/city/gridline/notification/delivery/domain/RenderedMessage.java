package city.gridline.notification.delivery.domain;

import java.util.Objects;

/** A template's text with its placeholders filled in. */
public record RenderedMessage(String templateKey, String text) {

    public RenderedMessage {
        Objects.requireNonNull(templateKey, "templateKey");
        Objects.requireNonNull(text, "text");
    }
}
