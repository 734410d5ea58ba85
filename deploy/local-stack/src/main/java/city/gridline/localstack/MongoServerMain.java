package city.gridline.localstack;

import city.gridline.localstack.mongo.IndexedBackends;
import de.bwaldvogel.mongo.MongoServer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * The local stack's database: a MongoDB wire-protocol server (mongo-java-server) that keeps every database in one
 * H2 file, so data survives a restart, with the look-ups by index MongoDB would make
 * ({@link IndexedBackends}). Arguments: the data directory and the port.
 */
public final class MongoServerMain {

    private MongoServerMain() {
    }

    /** The server as a process of the stack, its data under the layout's {@code mongo} directory. */
    public static ManagedProcess prepare(StackLayout layout, int port) {
        return new ManagedProcess("mongo", List.of(StackLayout.java(), "-Xmx384m",
                "-cp", System.getProperty("java.class.path"), MongoServerMain.class.getName(),
                layout.mongo().toString(), Integer.toString(port)), layout);
    }

    public static void main(String[] args) throws Exception {
        Path dataDirectory = Path.of(args[0]);
        int port = Integer.parseInt(args[1]);
        Files.createDirectories(dataDirectory);
        MongoServer server = new MongoServer(IndexedBackends.h2(dataDirectory.resolve("gridline.mv").toString()));
        server.bind("127.0.0.1", port);
        System.out.println("mongo-java-server (H2 backend, " + dataDirectory + ") listening on 127.0.0.1:" + port);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.shutdown();
            stopped.countDown();
        }, "mongo-server-stop"));
        stopped.await();
    }
}
