package city.gridline.deploy.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Typed access to parsed YAML trees; a missing or mistyped node fails with the path that was asked for. */
final class Yamls {

    private Yamls() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object node) {
        if (!(node instanceof Map<?, ?> map)) {
            throw new AssertionError("expected a mapping, found " + describe(node));
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((key, value) -> copy.put(String.valueOf(key), value));
        return copy;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object node) {
        if (!(node instanceof List<?> list)) {
            throw new AssertionError("expected a sequence, found " + describe(node));
        }
        return (List<Object>) list;
    }

    static String string(Object node) {
        if (node == null || node instanceof Map || node instanceof List) {
            throw new AssertionError("expected a scalar, found " + describe(node));
        }
        return String.valueOf(node);
    }

    static int integer(Object node) {
        return Integer.parseInt(string(node));
    }

    /** The node at a path of mapping keys, or null where the path ends early. */
    static Object get(Object root, String... keys) {
        Object node = root;
        for (String key : keys) {
            if (!(node instanceof Map<?, ?> map)) {
                return null;
            }
            node = map.get(key);
        }
        return node;
    }

    static Object require(Object root, String... keys) {
        Object node = get(root, keys);
        if (node == null) {
            throw new AssertionError("missing " + String.join(".", keys));
        }
        return node;
    }

    static Map<String, Object> mapAt(Object root, String... keys) {
        return map(require(root, keys));
    }

    static List<Object> listAt(Object root, String... keys) {
        return list(require(root, keys));
    }

    static String stringAt(Object root, String... keys) {
        return string(require(root, keys));
    }

    private static String describe(Object node) {
        return node == null ? "nothing" : node.getClass().getSimpleName() + " " + node;
    }
}
