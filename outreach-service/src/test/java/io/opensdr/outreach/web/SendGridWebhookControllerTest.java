package io.opensdr.outreach.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.opensdr.kit.testing.MutableClock;
import io.opensdr.kit.web.JsonInputConfiguration;
import io.opensdr.kit.web.ProblemDetailsAdvice;
import io.opensdr.outreach.config.TrackingProperties;
import io.opensdr.outreach.domain.ProviderEvent;
import io.opensdr.outreach.domain.ProviderEvents;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.util.unit.DataSize;

/** The webhook's edge with a real P-256 key pair signing real SendGrid payloads. */
class SendGridWebhookControllerTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:20:00Z");
    private static final KeyPair SENDGRID = keyPair();
    private static final KeyPair SOMEONE_ELSE = keyPair();

    private final ProviderEvents events = mock(ProviderEvents.class);
    private final MutableClock clock = new MutableClock(NOW);
    private final MockMvc http = webhook(Base64.getEncoder().encodeToString(SENDGRID.getPublic().getEncoded()));

    @Test
    void shouldHandEverySignedEventOnWithItsFields() throws Exception {
        when(events.handle(any())).thenReturn(ProviderEvents.Outcome.RECORDED);
        byte[] body = fixture("sendgrid/events.json");

        http.perform(signed(body, SENDGRID, NOW))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.received").value(9))
                .andExpect(jsonPath("$.recorded").value(9));

        ArgumentCaptor<ProviderEvent> handed = ArgumentCaptor.forClass(ProviderEvent.class);
        verify(events, times(9)).handle(handed.capture());
        List<ProviderEvent> all = handed.getAllValues();
        assertThat(all.get(0)).isEqualTo(new ProviderEvent("sg-processed-1", "processed", "p-1:1", "claire@acme.example",
                Instant.ofEpochSecond(1772442900), "W86EgYT6SQKk0lRflfLRsA.filter0001.16648.5515E0B88.0", null, null,
                null, null, null, false));
        assertThat(all.get(3).machineOpen()).isTrue();
        assertThat(all.get(4).url()).isEqualTo("https://cal.example/camille/30min");
        assertThat(all.get(5)).extracting(ProviderEvent::bounceType, ProviderEvent::status)
                .containsExactly("bounce", "5.1.1");
        assertThat(all.get(8).emailId()).as("mail OpenSDR did not send carries no email_id").isNull();
    }

    @Test
    void shouldRefuseAMissingSignatureAndRecordNothing() throws Exception {
        http.perform(post("/api/outreach/webhooks/sendgrid").contentType(MediaType.APPLICATION_JSON)
                        .content(fixture("sendgrid/events.json")))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Invalid signature"));
        verifyNoInteractions(events);
    }

    @Test
    void shouldRefuseASignatureByAnotherKeyOrOverAnotherBody() throws Exception {
        byte[] body = fixture("sendgrid/events.json");
        http.perform(signed(body, SOMEONE_ELSE, NOW)).andExpect(status().isUnauthorized());

        String timestamp = Long.toString(NOW.getEpochSecond());
        String signatureOfOriginal = sign(SENDGRID, timestamp, body);
        byte[] altered = new String(body, StandardCharsets.UTF_8).replace("5.1.1", "4.2.2").getBytes(StandardCharsets.UTF_8);
        http.perform(post("/api/outreach/webhooks/sendgrid").contentType(MediaType.APPLICATION_JSON).content(altered)
                        .header(SendGridWebhookController.SIGNATURE, signatureOfOriginal)
                        .header(SendGridWebhookController.TIMESTAMP, timestamp))
                .andExpect(status().isUnauthorized());
        http.perform(post("/api/outreach/webhooks/sendgrid").contentType(MediaType.APPLICATION_JSON).content(body)
                        .header(SendGridWebhookController.SIGNATURE, "bm90IGEgc2lnbmF0dXJl")
                        .header(SendGridWebhookController.TIMESTAMP, timestamp))
                .andExpect(status().isUnauthorized());
        verifyNoInteractions(events);
    }

    @Test
    void shouldRefuseAReplayedRequestOutsideTheWindow() throws Exception {
        byte[] body = fixture("sendgrid/events.json");
        MockHttpServletRequestBuilder signedNow = signed(body, SENDGRID, NOW);
        clock.advance(Duration.ofMinutes(6));

        http.perform(signedNow)
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value("The timestamp is outside the accepted window of 300 s."));
        http.perform(signed(body, SENDGRID, clock.instant().plus(Duration.ofMinutes(6)))).andExpect(status().isUnauthorized());
        verifyNoInteractions(events);
    }

    @Test
    void shouldRefuseEveryEventWhenNoVerificationKeyIsConfigured() throws Exception {
        MockMvc unconfigured = webhook(null);

        unconfigured.perform(signed(fixture("sendgrid/events.json"), SENDGRID, NOW))
                .andExpect(status().isUnauthorized());
        verifyNoInteractions(events);
    }

    @Test
    void shouldAnswer400ToASignedBodyThatIsNotAnArrayOfEvents() throws Exception {
        http.perform(signed("{not json".getBytes(StandardCharsets.UTF_8), SENDGRID, NOW))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("The body is not JSON."));
        http.perform(signed("{\"event\": \"open\"}".getBytes(StandardCharsets.UTF_8), SENDGRID, NOW))
                .andExpect(status().isBadRequest());
        verifyNoInteractions(events);
    }

    @Test
    void shouldRefuseTheWholeBatchWhenOneEventLacksItsIdAndRecordNone() throws Exception {
        String batch = "[{\"event\": \"delivered\", \"sg_event_id\": \"sg-ok\", \"timestamp\": 1772442905, \"email_id\": \"p-1:1\"},"
                + " {\"event\": \"open\", \"timestamp\": \"yesterday\"}, 42]";

        http.perform(signed(batch.getBytes(StandardCharsets.UTF_8), SENDGRID, NOW))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("[1].sg_event_id"))
                .andExpect(jsonPath("$.errors[1].field").value("[1].timestamp"))
                .andExpect(jsonPath("$.errors[2].field").value("[2]"));
        verifyNoInteractions(events);
    }

    @Test
    void shouldCountDuplicatesAndIgnoredEvents() throws Exception {
        when(events.handle(any())).thenReturn(ProviderEvents.Outcome.DUPLICATE, ProviderEvents.Outcome.IGNORED);
        String batch = "[{\"event\": \"delivered\", \"sg_event_id\": \"sg-1\", \"timestamp\": 1772442905, \"email_id\": \"p-1:1\"},"
                + " {\"event\": \"deferred\", \"sg_event_id\": \"sg-2\", \"timestamp\": 1772442906, \"emailId\": \"p-1:1\"}]";

        http.perform(signed(batch.getBytes(StandardCharsets.UTF_8), SENDGRID, NOW))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.duplicates").value(1))
                .andExpect(jsonPath("$.ignored").value(1))
                .andExpect(jsonPath("$.recorded").value(0));
    }

    private MockMvc webhook(String verificationKey) {
        TrackingProperties properties = new TrackingProperties(
                new TrackingProperties.SendGridWebhook(verificationKey, Duration.ofMinutes(5), DataSize.ofMegabytes(5)),
                new TrackingProperties.Replies(false, "127.0.0.1", 3143, false, "INBOX", Duration.ofSeconds(30), false,
                        List.of(), Duration.ofSeconds(10)));
        // The mapper as the service has it (service-kit's JSON input policy): the documented payloads still pass.
        ObjectMapper json = JsonInputConfiguration.refuseSilentCoercion(new ObjectMapper());
        return MockMvcBuilders.standaloneSetup(new SendGridWebhookController(properties, events, json, clock))
                .setControllerAdvice(new ProblemDetailsAdvice()).build();
    }

    static MockHttpServletRequestBuilder signed(byte[] body, KeyPair key, Instant at) throws GeneralSecurityException {
        String timestamp = Long.toString(at.getEpochSecond());
        return post("/api/outreach/webhooks/sendgrid").contentType(MediaType.APPLICATION_JSON).content(body)
                .header(SendGridWebhookController.SIGNATURE, sign(key, timestamp, body))
                .header(SendGridWebhookController.TIMESTAMP, timestamp);
    }

    /** As SendGrid signs: ECDSA P-256 with SHA-256 over the timestamp then the raw body, DER, base64. */
    static String sign(KeyPair key, String timestamp, byte[] body) throws GeneralSecurityException {
        Signature signer = Signature.getInstance("SHA256withECDSA");
        signer.initSign(key.getPrivate());
        signer.update(timestamp.getBytes(StandardCharsets.UTF_8));
        signer.update(body);
        return Base64.getEncoder().encodeToString(signer.sign());
    }

    static KeyPair keyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] fixture(String path) throws IOException {
        try (InputStream in = SendGridWebhookControllerTest.class.getClassLoader().getResourceAsStream(path)) {
            return in.readAllBytes();
        }
    }
}
