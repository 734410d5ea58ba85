package city.gridline.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The local ports of a stack's processes. */
public final class Ports {

    private Ports() {
    }

    /**
     * A free port for each name, distinct from one another: each is held open until all are chosen. Chosen one at a
     * time, the system may hand out the same port twice — and a service that cannot bind dies while the one on that
     * port answers its readiness check.
     */
    public static Map<String, Integer> freeFor(List<String> names) {
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

    /** Whether something accepts connections on the port of this machine. */
    public static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
