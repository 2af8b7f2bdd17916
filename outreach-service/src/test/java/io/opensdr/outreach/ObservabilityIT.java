package io.opensdr.outreach;

import static io.opensdr.outreach.messaging.OutreachEventMother.aCampaignSnapshot;
import static io.opensdr.outreach.messaging.OutreachEventMother.aProspectQualified;
import static io.opensdr.outreach.messaging.OutreachEventMother.anEmailApproved;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import io.opensdr.events.CampaignStatus;
import io.opensdr.events.catalog.TopicNames;
import io.opensdr.kit.messaging.EventPublisher;
import io.opensdr.kit.testing.FreePort;
import io.opensdr.kit.testing.RepositoryRoot;
import io.opensdr.kit.testing.TestInfrastructure;
import io.opensdr.kit.tracing.TraceContext;
import io.opensdr.outreach.domain.CampaignStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Tracing and metrics of the running service: the records it publishes continue the trace of the
 * record that caused them, even an email sent later by the pacing sender; and every metric the
 * Grafana dashboard ({@code deploy/grafana/opensdr.json}) queries is in its Prometheus scrape.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "opensdr.outreach.sending.poll-interval=100ms", "opensdr.outbox.poll-interval-ms=100",
        "spring.kafka.consumer.group-id=outreach-observability-it", "logging.structured.format.console="})
@EmbeddedKafka(kraft = true, partitions = 3, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@AutoConfigureObservability
@DirtiesContext
class ObservabilityIT {

    private static final int SMTP_PORT = FreePort.find();
    private static final Duration EVENTUALLY = Duration.ofSeconds(30);
    private static final String QUALIFIED_TRACE = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
    private static final String APPROVED_TRACE = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(
            new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP)).withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry properties) {
        TestInfrastructure.register(properties, "outreach-observability-it");
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", () -> SMTP_PORT);
    }

    @Autowired EventPublisher upstream;
    @Autowired EmbeddedKafkaBroker broker;
    @Autowired TestRestTemplate http;
    @Autowired CampaignStore campaigns;

    @Test
    void shouldContinueTheTraceOfTheQualificationInTheDraftAndOfTheApprovalInTheSentEmail() throws Exception {
        upstream.publishAndWait(aCampaignSnapshot("c-trace", 1, CampaignStatus.ACTIVE, "trace@opensdr.example").build());
        // A prospect that arrives before its campaign is drafted when the campaign arrives, in the campaign's trace.
        await().atMost(EVENTUALLY).until(() -> campaigns.find("c-trace").isPresent());
        upstream.publish(aProspectQualified("p-trace", "c-trace", "claire.trace@acme.example").build(), QUALIFIED_TRACE).get();
        upstream.publish(anEmailApproved("p-trace", "c-trace", "claire.trace@acme.example").build(), APPROVED_TRACE).get();

        assertThat(traceparentOf(TopicNames.EMAIL_DRAFTED, "p-trace")).startsWith("00-0af7651916cd43dd8448eb211c80319c-");
        // Sent by the pacing sender, not by the listener: the trace comes from the stored approval.
        assertThat(traceparentOf(TopicNames.EMAIL_SENT, "p-trace")).startsWith("00-4bf92f3577b34da6a3ce929d0e0e4736-");
    }

    @Test
    void shouldServeEveryMetricTheDashboardQueries() throws IOException {
        Set<String> queried = DashboardMetrics.namesIn(RepositoryRoot.find().resolve("deploy/grafana/opensdr.json"));
        assertThat(queried).contains("opensdr_outreach_send_attempts_total", "kafka_consumer_fetch_manager_records_lag_max",
                "http_server_requests_seconds_bucket", "opensdr_llm_requests_seconds_count");
        // A record consumed and an HTTP request served, so that their meters exist.
        upstream.publishAndWait(aCampaignSnapshot("c-metrics", 1, CampaignStatus.ACTIVE, "metrics@opensdr.example").build());
        http.getForObject("/actuator/health", String.class);

        await().atMost(EVENTUALLY).untilAsserted(() -> {
            String scrape = http.getForObject("/actuator/prometheus", String.class);
            Set<String> served = DashboardMetrics.namesServed(scrape);
            assertThat(queried).allSatisfy(name -> assertThat(served).as("metrics served").contains(name));
        });
    }

    private String traceparentOf(String topic, String key) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ConsumerConfig.GROUP_ID_CONFIG, "probe-" + System.nanoTime(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            List<String> found = new CopyOnWriteArrayList<>();
            await().atMost(EVENTUALLY).until(() -> {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (key.equals(record.key())) {
                        Header header = record.headers().lastHeader(TraceContext.HEADER);
                        found.add(header == null ? "none" : new String(header.value(), StandardCharsets.UTF_8));
                    }
                }
                return !found.isEmpty();
            });
            return found.get(0);
        }
    }

    /** The metric names of a dashboard's PromQL queries, and of a Prometheus scrape. */
    static final class DashboardMetrics {

        private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
        private static final Set<String> PROMQL = Set.of("sum", "min", "max", "avg", "count", "rate", "irate", "increase",
                "histogram_quantile", "by", "without", "on", "ignoring", "and", "or", "unless", "offset", "clamp_min",
                "topk", "bottomk", "delta", "deriv", "abs", "label_values");

        static Set<String> namesIn(java.nio.file.Path dashboard) throws IOException {
            JsonNode root = new ObjectMapper().readTree(dashboard.toFile());
            List<String> expressions = new ArrayList<>();
            root.findValues("expr").forEach(expr -> expressions.add(expr.asText()));
            assertThat(expressions).as("queries in " + dashboard).isNotEmpty();
            Set<String> names = new TreeSet<>();
            for (String expression : expressions) {
                String bare = expression
                        .replaceAll("\\{[^}]*}", " ")                  // label matchers
                        .replaceAll("\\[[^]]*]", " ")                  // ranges
                        .replaceAll("\\b(by|without)\\s*\\([^)]*\\)", " ") // grouping labels
                        .replaceAll("\\$\\w+", " ");                    // dashboard variables
                Matcher identifiers = IDENTIFIER.matcher(bare);
                while (identifiers.find()) {
                    String token = identifiers.group();
                    if (!PROMQL.contains(token)) {
                        names.add(token);
                    }
                }
            }
            return names;
        }

        static Set<String> namesServed(String scrape) {
            Set<String> names = new TreeSet<>();
            for (String line : scrape.split("\n")) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    Matcher name = IDENTIFIER.matcher(line);
                    if (name.lookingAt()) {
                        names.add(name.group());
                    }
                }
            }
            return names;
        }
    }
}
