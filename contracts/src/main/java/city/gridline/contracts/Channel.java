package city.gridline.contracts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Optional;

/** Where a report came from. The wire value is the code a hotline operator knows the channel by. */
public enum Channel {
    HOTLINE_12319("12319"),
    HOTLINE_12345("12345"),
    POLICE_110("110"),
    FIELD("field"),
    OPEN311("open311");

    private final String code;

    Channel(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public static Optional<Channel> fromCode(String code) {
        return Arrays.stream(values()).filter(channel -> channel.code.equals(code)).findFirst();
    }

    @JsonCreator
    static Channel ofCode(String code) {
        return fromCode(code).orElseThrow(() -> new IllegalArgumentException("unknown channel: " + code));
    }
}
