package io.opensdr.qualifier.bench;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.opensdr.kit.testing.ChildJvm;
import io.opensdr.kit.testing.FreePort;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * mongo-java-server's in-memory backend (without oplog) in a JVM of its own, as a MongoDB is a
 * process of its own: its documents then live outside the measured service's heap, and its
 * garbage collection does not pause the service. It still runs on the same cores. Started by the
 * benchmark with the test class path; {@link #main} is the child's entry point.
 */
final class MongoServerProcess {

    private static final String READY = "mongo-java-server ready";

    private MongoServerProcess() {
    }

    /** Starts the child and answers its connection string once it listens; it stops with this JVM. */
    static String start(String database) {
        int port = FreePort.find();
        // -Dbench.mongo-gc=-XX:+UseZGC gives the store another collector than the JVM's default
        // (G1), with a 10 GB heap. Tried in session 9: ZGC took a quarter of the qualifier's
        // throughput from the two cores, and the latency run still stalled at times.
        String collector = System.getProperty("bench.mongo-gc", "");
        ChildJvm.mainClass("bench-mongo", MongoServerProcess.class, Integer.toString(port))
                .jvmFlags(collector.isBlank() ? new String[0] : new String[] {collector, "-Xmx10g"})
                .readyWhenLogContains(READY, Duration.ofSeconds(60)).start();
        return "mongodb://127.0.0.1:" + port + "/" + database;
    }

    /** The child: serves until its parent closes its standard input or kills it. */
    public static void main(String[] args) throws IOException {
        MongoServer server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", Integer.parseInt(args[0]));
        System.out.println(READY);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            while (in.readLine() != null) {
                // nothing to read: the loop ends when the parent goes away
            }
        }
        server.shutdownNow();
    }
}
