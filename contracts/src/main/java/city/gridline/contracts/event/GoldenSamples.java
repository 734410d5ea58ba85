package city.gridline.contracts.event;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The golden JSON sample and the JSON Schema of every wire type, shipped in this jar so that producers' and
 * consumers' tests read the very same bytes.
 */
public final class GoldenSamples {

    private static final String ROOT = "/gridline/contracts/";

    private GoldenSamples() {
    }

    public static byte[] sample(EventType<?> type) {
        return read(ROOT + "samples/" + type.wireType() + ".json");
    }

    public static byte[] schema(EventType<?> type) {
        return read(ROOT + "schemas/" + type.wireType() + ".schema.json");
    }

    private static byte[] read(String resource) {
        try (InputStream in = GoldenSamples.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing contract resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
