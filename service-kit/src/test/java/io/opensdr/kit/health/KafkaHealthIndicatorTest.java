package io.opensdr.kit.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.opensdr.kit.testing.FreePort;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

@SpringJUnitConfig
@EmbeddedKafka(kraft = true, partitions = 1)
class KafkaHealthIndicatorTest {

    @Autowired EmbeddedKafkaBroker broker;

    @Test
    void shouldBeUpWithTheClusterIdWhenTheBrokerAnswers() throws Exception {
        KafkaHealthIndicator indicator = new KafkaHealthIndicator(
                Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()), Duration.ofSeconds(5));
        try {
            Health health = indicator.health();

            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsKey("clusterId").containsEntry("brokers", 1);
        } finally {
            indicator.destroy();
        }
    }

    @Test
    void shouldBeDownWithinTheTimeoutWhenNoBrokerAnswers() throws Exception {
        KafkaHealthIndicator indicator = new KafkaHealthIndicator(
                Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + FreePort.find()), Duration.ofSeconds(1));
        try {
            long start = System.nanoTime();
            Health health = indicator.health();

            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        } finally {
            indicator.destroy();
        }
    }
}
