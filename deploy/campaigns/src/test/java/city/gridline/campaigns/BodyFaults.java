package city.gridline.campaigns;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;

/** Request bodies that are broken as a whole (malformed) or plausible with one field spoiled (mutated). */
final class BodyFaults {

    /** Stands for a value JSON cannot hold (NaN, a lone surrogate): replaced in the serialized text. */
    private static final String RAW = "\u0001raw:";
    private static final JsonNodeFactory NODES = JsonMapper.shared().getNodeFactory();

    private final RequestFactory factory;

    BodyFaults(RequestFactory factory) {
        this.factory = factory;
    }

    /** Kinds of whole-body breakage, by name. */
    static final List<String> MALFORMED = List.of("truncated", "not-json", "wrong-top-level", "deep-nesting",
            "invalid-utf8", "gb18030-declared-utf8", "xml-as-json", "empty", "nan-literal", "duplicate-keys",
            "byte-order-mark", "trailing-garbage", "huge-number", "xml-declared-xml", "json-in-a-string");

    BadRequest malformed(Operation operation, String kind, Random random) {
        byte[] plausible = RequestFactory.bytes(factory.plausibleJson(operation, random));
        String text = new String(plausible, StandardCharsets.UTF_8);
        String contentType = factory.contentType(operation);
        byte[] body = switch (kind) {
            case "truncated" -> java.util.Arrays.copyOf(plausible, random.nextInt(Math.max(1, plausible.length - 1)));
            case "not-json" -> "井盖破损, please fix".getBytes(StandardCharsets.UTF_8);
            case "wrong-top-level" -> List.of("[]", "\"report\"", "42", "null", "true", "[" + text + "]")
                    .get(random.nextInt(6)).getBytes(StandardCharsets.UTF_8);
            case "deep-nesting" -> deepNesting(random.nextBoolean() ? 2_000 : 20_000, random.nextBoolean());
            case "invalid-utf8" -> withInvalidUtf8(text, random);
            case "gb18030-declared-utf8" -> withChinese(text).getBytes(Charset.forName("GB18030"));
            case "xml-as-json", "xml-declared-xml" -> "<?xml version=\"1.0\"?><report><channel>12319</channel>"
                    .concat(random.nextBoolean() ? "</report>" : "<unclosed>").getBytes(StandardCharsets.UTF_8);
            case "empty" -> new byte[0];
            case "nan-literal" -> text.replaceFirst(":\\s*(-?[0-9][0-9.eE+-]*)", ": NaN")
                    .replaceFirst("^\\{\\}$", "{\"lon\": NaN}").getBytes(StandardCharsets.UTF_8);
            case "duplicate-keys" -> ("{\"channel\": {\"$gt\": \"\"}, " + text.substring(1))
                    .getBytes(StandardCharsets.UTF_8);
            case "byte-order-mark" -> concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, plausible);
            case "trailing-garbage" -> (text + "}}]garbage").getBytes(StandardCharsets.UTF_8);
            case "huge-number" -> text.replaceFirst(":\\s*(-?[0-9][0-9.eE+-]*)", ": 1" + "0".repeat(5000))
                    .getBytes(StandardCharsets.UTF_8);
            case "json-in-a-string" -> RequestFactory.bytes(NODES.stringNode(text));
            default -> throw new IllegalArgumentException(kind);
        };
        if (kind.equals("xml-declared-xml")) {
            contentType = "application/xml";
        }
        return BadRequest.of(operation, factory.path(operation, Map.of()), headers(operation, contentType), body,
                "malformed body: " + kind);
    }

    /** A plausible body with one value, chosen at random, spoiled by {@code mutation}. */
    BadRequest mutated(Operation operation, String mutation, Random random) {
        JsonNode body = factory.plausibleJson(operation, random);
        List<Slot> slots = new ArrayList<>();
        collect(body, "", slots);
        String where;
        if (slots.isEmpty() || mutation.equals("dollar-key") || mutation.equals("dotted-key")) {
            ObjectNode target = body instanceof ObjectNode object ? object : NODES.objectNode();
            List<ObjectNode> objects = new ArrayList<>();
            objects.add(target);
            slots.stream().map(Slot::parent).filter(ObjectNode.class::isInstance).map(ObjectNode.class::cast)
                    .forEach(objects::add);
            ObjectNode chosen = objects.get(random.nextInt(objects.size()));
            if (mutation.equals("dotted-key")) {
                chosen.put("location.lon", 0);
            } else {
                chosen.set(List.of("$set", "$where", "$gt", "$ne").get(random.nextInt(4)),
                        NODES.objectNode().put("status", "CLOSED"));
            }
            where = "an object";
            body = body instanceof ObjectNode ? body : chosen;
        } else {
            Slot slot = slots.get(random.nextInt(slots.size()));
            where = slot.pointer();
            JsonNode value = MUTATIONS.get(mutation).apply(slot.value(), random);
            if (slot.parent() instanceof ObjectNode object) {
                if (value == null) {
                    object.remove(slot.name());
                } else {
                    object.set(slot.name(), value);
                }
            } else if (slot.parent() instanceof ArrayNode array) {
                if (value == null) {
                    array.remove(slot.index());
                } else {
                    array.set(slot.index(), value);
                }
            }
        }
        String text = JsonMapper.shared().writeValueAsString(body);
        byte[] bytes = unraw(text).getBytes(StandardCharsets.UTF_8);
        return BadRequest.of(operation, factory.path(operation, Map.of()),
                headers(operation, factory.contentType(operation)), bytes, "mutated " + where + ": " + mutation);
    }

    static final Map<String, BiFunction<JsonNode, Random, JsonNode>> MUTATIONS = Map.ofEntries(
            Map.entry("wrong-type", (value, random) -> value.isString() ? NODES.numberNode(42)
                    : value.isNumber() ? NODES.stringNode("forty-two")
                    : value.isObject() ? NODES.arrayNode().add(1) : NODES.objectNode().put("a", 1)),
            Map.entry("boolean", (value, random) -> NODES.booleanNode(true)),
            Map.entry("null", (value, random) -> NODES.nullNode()),
            Map.entry("missing", (value, random) -> null),
            Map.entry("huge-string", (value, random) ->
                    NODES.stringNode("井".repeat(random.nextBoolean() ? 30_000 : 3_000))),
            Map.entry("empty-string", (value, random) -> NODES.stringNode("")),
            Map.entry("blank-string", (value, random) -> NODES.stringNode(" \t\u3000")),
            Map.entry("operator-gt", (value, random) -> NODES.objectNode().put("$gt", "")),
            Map.entry("operator-where", (value, random) -> NODES.objectNode().put("$where", "1")),
            Map.entry("operator-ne", (value, random) -> NODES.objectNode().putNull("$ne")),
            Map.entry("operator-string", (value, random) -> NODES.stringNode("{\"$gt\": \"\"}")),
            Map.entry("out-of-range", (value, random) -> NODES.numberNode(
                    List.of(181.0, -181.0, 91.0, -90.5, 1e9, -1e308, 0.0).get(random.nextInt(7)))),
            Map.entry("negative", (value, random) -> NODES.numberNode(-1)),
            Map.entry("huge-integer", (value, random) -> NODES.numberNode(new java.math.BigInteger("9".repeat(40)))),
            Map.entry("non-numeric", (value, random) -> NODES.stringNode(
                    List.of("abc", "116,455", "1e999", "NaN", "Infinity", "0x1F").get(random.nextInt(6)))),
            Map.entry("nan-literal", (value, random) -> NODES.stringNode(RAW + List.of("NaN", "Infinity",
                    "-Infinity", "1e400").get(random.nextInt(4)))),
            Map.entry("lone-surrogate", (value, random) -> NODES.stringNode(RAW + "\"\\ud800 井\"")),
            Map.entry("control-characters", (value, random) -> NODES.stringNode("a\u0000b\u0007c\u202e")),
            Map.entry("markup", (value, random) -> NODES.stringNode("<script>alert(1)</script>")),
            Map.entry("path-trick", (value, random) -> NODES.stringNode("../../etc/passwd")),
            Map.entry("dollar-key", (value, random) -> value),
            Map.entry("dotted-key", (value, random) -> value),
            Map.entry("empty-array", (value, random) -> NODES.arrayNode()),
            Map.entry("huge-array", (value, random) -> {
                ArrayNode array = NODES.arrayNode();
                for (int i = 0; i < 5_000; i++) {
                    array.add(value.isContainer() ? NODES.stringNode("x") : value);
                }
                return array;
            }));

    private Map<String, String> headers(Operation operation, String contentType) {
        Map<String, String> headers = factory.headers(operation);
        headers.put("Content-Type", contentType);
        return headers;
    }

    private record Slot(String pointer, JsonNode parent, String name, int index, JsonNode value) {
    }

    private static void collect(JsonNode node, String pointer, List<Slot> slots) {
        if (node instanceof ObjectNode object) {
            object.properties().forEach(entry -> {
                String at = pointer + "/" + entry.getKey();
                slots.add(new Slot(at, object, entry.getKey(), -1, entry.getValue()));
                collect(entry.getValue(), at, slots);
            });
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                slots.add(new Slot(pointer + "/" + i, array, null, i, array.get(i)));
                collect(array.get(i), pointer + "/" + i, slots);
            }
        }
    }

    private static String unraw(String json) {
        // The serializer escaped the marker: "\u0001raw:NaN" → NaN, "\u0001raw:\"\\ud800 井\"" → "\ud800 井"
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\"\\\\u0001raw:((?:[^\"\\\\]|\\\\.)*)\"")
                .matcher(json);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String raw = matcher.group(1).replace("\\\"", "\"").replace("\\\\", "\\");
            matcher.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(raw));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static byte[] deepNesting(int depth, boolean arrays) {
        StringBuilder out = new StringBuilder();
        out.append((arrays ? "[" : "{\"a\":").repeat(depth)).append("1").append((arrays ? "]" : "}").repeat(depth));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] withInvalidUtf8(String text, Random random) {
        byte[][] bad = {{(byte) 0xC3, (byte) 0x28}, {(byte) 0xFF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0xC0, (byte) 0xAF}};
        int quote = text.indexOf("\":\"");
        String head = quote < 0 ? "{\"description\":\"" : text.substring(0, quote + 3);
        String tail = quote < 0 ? "\"}" : text.substring(quote + 3);
        return concat(concat(head.getBytes(StandardCharsets.UTF_8), bad[random.nextInt(bad.length)]),
                tail.getBytes(StandardCharsets.UTF_8));
    }

    private static String withChinese(String text) {
        return text.contains("\":\"") ? text.replaceFirst("\":\"", "\":\"井盖破损，朝阳区")
                : "{\"description\":\"井盖破损\"}";
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
