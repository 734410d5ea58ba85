package city.gridline.intake.open311.domain;

import java.util.List;

/** One attribute of a service definition; {@code values} only for the list datatypes. */
public record ServiceAttribute(String code, int order, String datatype, boolean required, String description,
                               List<Value> values) {

    public static final List<String> DATATYPES =
            List.of("string", "number", "datetime", "text", "singlevaluelist", "multivaluelist");

    public ServiceAttribute {
        if (!DATATYPES.contains(datatype)) {
            throw new IllegalArgumentException("unknown datatype " + datatype + " of attribute " + code);
        }
        values = values == null ? List.of() : List.copyOf(values);
    }

    public boolean isList() {
        return datatype.endsWith("valuelist");
    }

    /** A value the client writes freely (not a key, number or date): normalized and masked as any free text. */
    public boolean isFreeText() {
        return datatype.equals("string") || datatype.equals("text");
    }

    public boolean allowsMany() {
        return datatype.equals("multivaluelist");
    }

    public boolean hasKey(String key) {
        return values.stream().anyMatch(value -> value.key().equals(key));
    }

    public record Value(String key, String name) {
    }
}
