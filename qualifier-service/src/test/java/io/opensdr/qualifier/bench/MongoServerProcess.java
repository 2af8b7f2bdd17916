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
    static final String DEFAULT_GC = "-XX:MaxGCPauseMillis=20";

    private MongoServerProcess() {
    }

    /** Starts the child and answers its connection string once it listens; it stops with this JVM. */
    static String start(String database) {
        int port = FreePort.find();
        // The store stands in for MongoDB, which collects no garbage: G1 is asked for pauses of
        // 20 ms at most instead of its default 200, as one would for any latency-bound JVM. With
        // the defaults, its collections of 4 GB of documents paused it for about 100 ms every
        // 10 s of the latency run, and each pause alone put 40-70 samples above 50 ms (session 10).
        // -Dbench.mongo-gc="-XX:+UseZGC -Xmx10g" gives it other flags; "" the JVM's defaults.
        // Tried in session 9: ZGC took a quarter of the qualifier's throughput from the two cores.
        String collector = System.getProperty("bench.mongo-gc", DEFAULT_GC).strip();
        ChildJvm.mainClass("bench-mongo", MongoServerProcess.class, Integer.toString(port))
                .jvmFlags(collector.isEmpty() ? new String[0] : collector.split("\\s+"))
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
