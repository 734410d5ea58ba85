package city.gridline.contracts.event;

import java.util.Objects;

/**
 * A wire type: a stable name and a version, the record that carries it and the topic it travels on.
 * A breaking change is a new version with a new record; additive changes stay within a version.
 */
public record EventType<E extends GridlineEvent>(String name, int version, Class<E> javaType, String topic) {

    public EventType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(javaType, "javaType");
        Objects.requireNonNull(topic, "topic");
    }

    /** The type name on the wire and in the CloudEvents {@code type} attribute, e.g. {@code gridline.case.dispatched.v1}. */
    public String wireType() {
        return name + ".v" + version;
    }
}
