package io.opensdr.campaign.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The wiring the campaign-service benchmarks share: the service on a free port without Kafka (the
 * reads are measured), its MongoDB from {@link BenchMongo}, a {@link BenchHttp} client per test,
 * and, after the class, the gateway that client started and the MongoDB both stopped. Each
 * benchmark starts its MongoDB from its own {@code @DynamicPropertySource} method, which also gives
 * it a Spring context of its own:
 * <pre>
 * &#64;DynamicPropertySource
 * static void mongo(DynamicPropertyRegistry properties) throws IOException {
 *     startMongo(properties, "dashboard-benchmark");
 * }
 * </pre>
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.autoconfigure.exclude="
                + "io.opensdr.kit.messaging.EventsKafkaConfiguration,"
                + "io.opensdr.kit.outbox.OutboxConfiguration,"
                + "org.springframework.boot.autoconfigure.kafka.KafkaAutoConfiguration",
        "logging.level.root=WARN"})
abstract class CampaignBenchmark {

    private static BenchMongo mongoServer;
    private static BenchHttp started;

    @Autowired MongoTemplate mongo;
    @Autowired ObjectMapper json;
    @LocalServerPort int servicePort;

    BenchHttp http;

    /** Starts the benchmark's MongoDB holding the database {@code name}, and points the service at it. */
    static void startMongo(DynamicPropertyRegistry properties, String name) throws IOException {
        mongoServer = BenchMongo.start(name);
        properties.add("spring.data.mongodb.uri", mongoServer::uri);
    }

    @BeforeEach
    void client() {
        http = new BenchHttp(json);
        started = http;
    }

    /** The service itself, not through the gateway. */
    String direct() {
        return "http://127.0.0.1:" + servicePort;
    }

    @AfterAll
    static void stop() {
        if (started != null) {
            started.stopGateway();
        }
        if (mongoServer != null) {
            mongoServer.stop();
        }
    }
}
