package io.opensdr.campaign.bench;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.opensdr.kit.testing.FreePort;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The benchmarks' MongoDB: mongo-java-server 1.47.0 with its H2 backend in a fresh file under
 * {@code target/}, as the local stack runs it, or its in-memory backend with {@code -Dbench.mongo=memory}.
 */
final class BenchMongo {

    static final String BACKEND = System.getProperty("bench.mongo", "h2");

    private final MongoServer server;
    private final String uri;

    private BenchMongo(MongoServer server, String uri) {
        this.server = server;
        this.uri = uri;
    }

    /** Starts a server on a free port holding the database {@code name} (and, on H2, the file {@code target/<name>.mv}). */
    static BenchMongo start(String name) throws IOException {
        MongoBackend backend;
        if (BACKEND.equals("memory")) {
            backend = new MemoryBackend();
        } else {
            Path file = Path.of("target", name + ".mv");
            Files.deleteIfExists(file);
            Files.createDirectories(file.getParent());
            backend = new H2Backend(file.toString());
        }
        MongoServer server = new MongoServer(backend);
        int port = FreePort.find();
        server.bind("127.0.0.1", port);
        return new BenchMongo(server, "mongodb://127.0.0.1:" + port + "/" + name);
    }

    String uri() {
        return uri;
    }

    void stop() {
        server.shutdownNow();
    }
}
