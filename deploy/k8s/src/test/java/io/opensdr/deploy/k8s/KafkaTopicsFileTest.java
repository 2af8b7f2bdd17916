package io.opensdr.deploy.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class KafkaTopicsFileTest {

    private static final Path FILE = Path.of("base/kafka-topics.yaml");

    @Test
    void shouldKeepTheKafkaTopicsFileGeneratedFromTheCatalogue() throws IOException {
        String generated = KafkaTopicsFile.render();
        if (Boolean.getBoolean("k8s.regenerate")) {
            Files.writeString(FILE, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(FILE, StandardCharsets.UTF_8))
                .as("base/kafka-topics.yaml is generated from EventTopic; regenerate it with -Dk8s.regenerate=true")
                .isEqualTo(generated);
    }
}
