package io.opensdr.local;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * MongoDB wire protocol on 127.0.0.1, served by mongo-java-server inside the launcher JVM,
 * stored in an H2 MVStore file under {@code <data>/mongo} so that data survives restarts.
 */
final class MongoPart implements Part {

    private final Layout layout;
    private final Ports ports;
    private MongoServer server;

    MongoPart(Layout layout, Ports ports) {
        this.layout = layout;
        this.ports = ports;
    }

    @Override
    public String name() {
        return "mongodb";
    }

    @Override
    public String address() {
        return "mongodb://127.0.0.1:" + ports.mongo() + " (" + dataFile() + ")";
    }

    Path dataFile() {
        return layout.mongoDir().resolve("opensdr.mv.db");
    }

    @Override
    public void start() {
        try {
            Files.createDirectories(layout.mongoDir());
        } catch (IOException e) {
            throw new StackException("cannot create " + layout.mongoDir() + ": " + e.getMessage(), e);
        }
        H2Backend backend = new H2Backend(dataFile().toString());
        // Change streams (the services' live updates) need the oplog.
        backend.enableOplog();
        server = new MongoServer(backend);
        try {
            server.bind("127.0.0.1", ports.mongo());
        } catch (RuntimeException e) {
            backend.close();
            server = null;
            throw new StackException("mongodb cannot listen on 127.0.0.1:" + ports.mongo() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void awaitReady() {
        Readiness.await(name(), Duration.ofSeconds(10), null, Optional.empty(),
            () -> Readiness.isListening(ports.mongo()));
    }

    @Override
    public void stop() {
        if (server != null) {
            // Closes the H2 backend too, which writes the last changes to the file.
            server.shutdownNow();
            server = null;
        }
    }
}
