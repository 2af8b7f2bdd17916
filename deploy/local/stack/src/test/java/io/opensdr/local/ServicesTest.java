package io.opensdr.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The command-line contract between the launcher and the services. */
class ServicesTest {

    private final Layout layout = new Layout(Path.of("/repo"), Path.of("/repo/.data"), Path.of("/repo/deploy/local/stack/target/local-stack.jar"));

    private Map<String, ServicePart> services(String... options) {
        Options parsed = Options.parse(options);
        return Services.all(layout, Ports.withOffset(parsed.portOffset()), parsed, Map.of())
            .stream().collect(java.util.stream.Collectors.toMap(ServicePart::name, s -> s));
    }

    @Test
    void eachServiceHasItsJarPortAndDatabase() {
        Map<String, ServicePart> services = services();
        assertEquals(List.of("campaign-service", "gateway", "outreach-service", "prospector-service", "qualifier-service"),
            services.keySet().stream().sorted().toList());
        ServicePart campaign = services.get("campaign-service");
        assertEquals(Path.of("/repo/campaign-service/target/campaign-service.jar"), campaign.jar());
        assertEquals(List.of(
            "--server.port=8082",
            "--spring.kafka.bootstrap-servers=127.0.0.1:9092",
            "--opensdr.registry-url=http://127.0.0.1:8081/apis/registry/v2",
            "--opensdr.security.jwks-uri=http://127.0.0.1:8082/api/auth/jwks",
            "--spring.data.mongodb.uri=mongodb://127.0.0.1:27017/opensdr-campaign",
            "--spring.mail.host=127.0.0.1",
            "--spring.mail.port=3025",
            "--opensdr.invitations.mail.enabled=true",
            "--opensdr.invitations.mail.public-base-url=http://127.0.0.1:8080",
            "--logging.structured.format.console="), campaign.arguments());
        assertTrue(services.get("prospector-service").arguments().contains("--spring.data.mongodb.uri=mongodb://127.0.0.1:27017/opensdr-prospector"));
        assertTrue(services.get("qualifier-service").arguments().contains("--server.port=8084"));
    }

    @Test
    void outreachGetsTheMailServerAndTheGatewayGetsTheServices() {
        Map<String, ServicePart> services = services();
        assertTrue(services.get("outreach-service").arguments().containsAll(List.of(
            "--server.port=8085", "--spring.mail.host=127.0.0.1", "--spring.mail.port=3025",
            "--spring.data.mongodb.uri=mongodb://127.0.0.1:27017/opensdr-outreach")));
        assertEquals(List.of(
            "--server.port=8080",
            "--opensdr.gateway.campaign-url=http://127.0.0.1:8082",
            "--opensdr.gateway.prospector-url=http://127.0.0.1:8083",
            "--opensdr.gateway.qualifier-url=http://127.0.0.1:8084",
            "--opensdr.gateway.outreach-url=http://127.0.0.1:8085",
            "--logging.structured.format.console="), services.get("gateway").arguments());
    }

    @Test
    void portOffsetAndProfileReachEveryService() {
        Map<String, ServicePart> services = services("--port-offset", "100", "--profile", "local");
        for (ServicePart service : services.values()) {
            assertTrue(service.arguments().contains("--spring.profiles.active=local"), service.name());
        }
        assertEquals(8180, services.get("gateway").port());
        assertTrue(services.get("campaign-service").arguments().contains("--spring.kafka.bootstrap-servers=127.0.0.1:9192"));
        assertTrue(services.get("outreach-service").arguments().contains("--spring.mail.port=3125"));
        assertTrue(services.get("campaign-service").arguments().contains("--spring.mail.port=3125"));
        assertTrue(services.get("campaign-service").arguments().contains("--opensdr.invitations.mail.public-base-url=http://127.0.0.1:8180"));
        assertTrue(services.get("outreach-service").arguments().contains("--opensdr.outreach.tracking.replies.port=3243"));
        assertTrue(services.get("gateway").arguments().contains("--opensdr.gateway.outreach-url=http://127.0.0.1:8185"));
        for (String backend : List.of("prospector-service", "qualifier-service", "outreach-service")) {
            assertTrue(services.get(backend).arguments().contains("--opensdr.security.jwks-uri=http://127.0.0.1:8182/api/auth/jwks"),
                backend + " reads the access tokens' keys from campaign-service on its shifted port");
        }
    }

    @Test
    void shouldSendSpansToZipkinOnlyWithTheFlagAndKeepPlainLogsUnlessAskedForJson() {
        for (ServicePart service : services().values()) {
            assertTrue(service.arguments().stream().noneMatch(arg -> arg.startsWith("--management.zipkin")), service.name());
            assertTrue(service.arguments().contains("--logging.structured.format.console="), service.name());
        }
        for (ServicePart service : services("--zipkin", "--json-logs", "--port-offset", "100").values()) {
            assertTrue(service.arguments().containsAll(List.of("--management.zipkin.tracing.export.enabled=true",
                "--management.zipkin.tracing.endpoint=http://127.0.0.1:9511/api/v2/spans")), service.name());
            assertTrue(service.arguments().stream().noneMatch(arg -> arg.startsWith("--logging.structured")), service.name());
        }
    }
}
