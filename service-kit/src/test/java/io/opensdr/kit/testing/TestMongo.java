package io.opensdr.kit.testing;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;

/**
 * One real MongoDB wire-protocol server (mongo-java-server, in memory) per test JVM. Tests keep
 * apart by database name.
 */
public final class TestMongo {

    private static MongoServer server;

    private TestMongo() {
    }

    public static synchronized String uri(String database) {
        if (server == null) {
            MemoryBackend backend = new MemoryBackend();
            backend.enableOplog();
            server = new MongoServer(backend);
            server.bind("127.0.0.1", FreePort.find());
            // No shutdown hook: the in-memory server ends with the JVM, and stopping it earlier would
            // race the Spring contexts' own shutdown, whose scheduled tasks still talk to it.
        }
        InetSocketAddress address = server.getLocalAddress();
        return "mongodb://127.0.0.1:" + address.getPort() + "/" + database;
    }
}
