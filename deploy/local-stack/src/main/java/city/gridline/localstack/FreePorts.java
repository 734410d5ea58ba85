package city.gridline.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Free ports for a stack's processes, distinct from one another: each is held open until all are chosen. Chosen
 * one at a time, the system may hand out the same port twice — and a service that cannot bind dies while the one on
 * that port answers its readiness check.
 */
public final class FreePorts {

    private FreePorts() {
    }

    public static Map<String, Integer> forEach(List<String> names) {
        List<ServerSocket> held = new ArrayList<>();
        try {
            Map<String, Integer> ports = new LinkedHashMap<>();
            for (String name : names) {
                ServerSocket socket = new ServerSocket(0);
                held.add(socket);
                ports.put(name, socket.getLocalPort());
            }
            return ports;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            for (ServerSocket socket : held) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // closing a listening socket that was never used
                }
            }
        }
    }
}
