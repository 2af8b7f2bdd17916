package io.opensdr.local.kafka;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;

/**
 * Main class of the Kafka broker JVM: formats the KRaft storage on first use, then runs the
 * broker exactly as {@code kafka-server-start.sh} would ({@code kafka.Kafka}).
 *
 * <p>Usage: {@code KafkaBrokerMain <server.properties>}. The broker runs in its own JVM (not in
 * the launcher) so that its heap is capped separately and a broker crash cannot take the
 * launcher down.
 */
public final class KafkaBrokerMain {

    private KafkaBrokerMain() {
    }

    public static void main(String[] args) {
        if (args.length != 1 || !Files.isRegularFile(Path.of(args[0]))) {
            System.err.println("usage: KafkaBrokerMain <server.properties>");
            System.exit(2);
        }
        String config = args[0];
        Path logDir = Path.of(readProperties(config).getProperty("log.dirs"));
        // Format once, on first use. Later starts keep the log dir (and the cluster id in its
        // meta.properties), so topics and offsets survive restarts.
        if (!Files.exists(logDir.resolve("meta.properties"))) {
            int exit = StorageTool.execute(new String[] {
                "format", "--config", config, "--cluster-id", Uuid.randomUuid().toString()
            }, System.out);
            if (exit != 0) {
                System.err.println("formatting the KRaft storage in " + logDir + " failed with exit code " + exit);
                System.exit(exit);
            }
        }
        kafka.Kafka.main(new String[] {config});
    }

    private static Properties readProperties(String file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of(file))) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
