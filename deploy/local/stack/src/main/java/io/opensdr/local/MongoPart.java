package io.opensdr.local;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
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
        H2Backend backend = new HelloAnsweringH2Backend(dataFile().toString());
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

    /**
     * mongo-java-server 1.47 answers the legacy {@code isMaster} on any database but {@code hello}
     * on none, and Spring Boot's MongoDB health indicator sends {@code {hello: 1}} to the
     * service's database: without this, no service would ever report UP. {@code hello} is
     * {@code isMaster} under its modern name, with {@code isWritablePrimary} for {@code ismaster}.
     */
    static final class HelloAnsweringH2Backend extends H2Backend {

        HelloAnsweringH2Backend(String fileName) {
            super(fileName);
        }

        @Override
        public Document handleCommand(Channel channel, String database, String command, Document query) {
            if ("hello".equalsIgnoreCase(command)) {
                Document answer = super.handleCommand(channel, database, "isMaster", query);
                answer.put("isWritablePrimary", answer.getOrDefault("ismaster", Boolean.TRUE));
                return answer;
            }
            return super.handleCommand(channel, database, command, query);
        }
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
