package io.opensdr.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs e2e-tests/confluent-client/decode.mjs: kafkajs and @kafkajs/confluent-schema-registry, a
 * client that shares no code with OpenSDR, reading a topic through the registry's ccompat API.
 */
final class ConfluentProtocolClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ConfluentProtocolClient() {
    }

    static List<JsonNode> decode(Path repositoryRoot, String brokers, String ccompatUrl, String topic, int count)
            throws IOException, InterruptedException {
        Path script = repositoryRoot.resolve("e2e-tests/confluent-client/decode.mjs");
        // Output goes to a file so that waitFor's limit holds even if the client hangs.
        Path outputFile = Files.createTempFile("confluent-client", ".out");
        Process node = new ProcessBuilder("node", script.toString(), "--brokers", brokers, "--registry", ccompatUrl,
                "--topic", topic, "--count", String.valueOf(count), "--timeout-ms", "60000")
                .redirectErrorStream(true)
                .redirectOutput(outputFile.toFile())
                .start();
        boolean exited = node.waitFor(90, TimeUnit.SECONDS);
        if (!exited) {
            node.destroyForcibly();
        }
        String output = Files.readString(outputFile, StandardCharsets.UTF_8);
        Files.deleteIfExists(outputFile);
        if (!exited || node.exitValue() != 0) {
            throw new IllegalStateException("The Confluent-protocol client failed" + (exited ? "" : " to exit in 90 s")
                    + ":\n" + output);
        }
        List<JsonNode> records = new ArrayList<>();
        for (String line : output.split("\n")) {
            if (line.startsWith("{")) {
                records.add(JSON.readTree(line));
            }
        }
        return records;
    }
}
