package io.opensdr.outreach.messaging;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.opensdr.kit.testing.FreePort;
import io.opensdr.outreach.domain.MailDeliveryException;
import io.opensdr.outreach.domain.OutgoingEmail;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** sendgrid-java against WireMock replaying SendGrid's documented v3 mail-send shapes. */
class SendGridMailTransportTest {

    private static final String MAIL_SEND = "/v3/mail/send";
    private static final String API_KEY = "SG.test-key";

    @RegisterExtension
    static final WireMockExtension sendGrid = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    private SendGridMailTransport transport(Duration timeout) {
        return SendGridMailTransport.create(API_KEY, URI.create(sendGrid.baseUrl()), timeout,
                new SendGridMailTransport.Settings(List.of("opensdr", "outreach"), true, true, false));
    }

    private static OutgoingEmail anEmail() {
        return new OutgoingEmail("<prospect-1-1.0123456789abcdef0123456789abcdef@opensdr.local>", "workspace-1",
                "campaign-1", "prospect-1", "prospect-1:1", "sales@opensdr.example", "Camille Durand",
                "claire.martin@acme.example", "Claire Martin", "Acme Logistics and faster deliveries",
                "Hello Claire,\n\nWould Wednesday work?", null, Map.of())
                .withHtmlBody("<p>Hello Claire,</p><p>Would Wednesday work?</p>")
                .withHeader("List-Unsubscribe", "<https://sdr.example/api/outreach/unsubscribe/t>")
                .withHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    }

    @Test
    void shouldPostTheDocumentedV3BodyAndKeepTheXMessageId() throws IOException {
        sendGrid.stubFor(post(MAIL_SEND).willReturn(aResponse().withStatus(202)
                .withHeader("X-Message-Id", "W86EgYT6SQKk0lRflfLRsA")));

        String providerId = transport(Duration.ofSeconds(5)).send(anEmail());

        assertThat(providerId).isEqualTo("W86EgYT6SQKk0lRflfLRsA");
        sendGrid.verify(1, postRequestedFor(urlEqualTo(MAIL_SEND))
                .withHeader("Authorization", equalTo("Bearer " + API_KEY))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson(fixture("sendgrid/mail-send-request.json"), false, false)));
    }

    @Test
    void shouldNeverPutPersonalDataInTheCustomArgsNorBypassAnyList() {
        sendGrid.stubFor(post(MAIL_SEND).willReturn(aResponse().withStatus(202).withHeader("X-Message-Id", "id-1")));

        transport(Duration.ofSeconds(5)).send(anEmail());

        String body = sendGrid.getAllServeEvents().get(0).getRequest().getBodyAsString();
        assertThat(body).doesNotContain("bypass_");
        assertThat(body.substring(body.indexOf("\"custom_args\""), body.indexOf("}", body.indexOf("\"custom_args\""))))
                .doesNotContain("acme.example").doesNotContain("Claire");
    }

    @ParameterizedTest
    @ValueSource(ints = {429, 500, 503})
    void shouldReportThrottlingAndServerErrorsAsRetryable(int status) {
        sendGrid.stubFor(post(MAIL_SEND).willReturn(aResponse().withStatus(status)
                .withBody("{\"errors\":[{\"message\":\"try later\"}]}")));

        assertThatThrownBy(() -> transport(Duration.ofSeconds(5)).send(anEmail()))
                .isInstanceOfSatisfying(MailDeliveryException.class, e -> {
                    assertThat(e.isRetryable()).isTrue();
                    assertThat(e.getMessage()).contains(String.valueOf(status)).contains("prospect-1:1");
                });
        sendGrid.verify(1, postRequestedFor(urlEqualTo(MAIL_SEND)));
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 403, 413})
    void shouldReportOtherClientErrorsAsPermanent(int status) {
        sendGrid.stubFor(post(MAIL_SEND).willReturn(aResponse().withStatus(status)
                .withBody("{\"errors\":[{\"message\":\"The from address does not match a verified Sender Identity.\","
                        + "\"field\":\"from\"}]}")));

        assertThatThrownBy(() -> transport(Duration.ofSeconds(5)).send(anEmail()))
                .isInstanceOfSatisfying(MailDeliveryException.class, e -> {
                    assertThat(e.isRetryable()).isFalse();
                    assertThat(e.getMessage()).contains("verified Sender Identity");
                });
    }

    @Test
    void shouldReportATimeoutAsRetryable() {
        sendGrid.stubFor(post(MAIL_SEND).willReturn(aResponse().withStatus(202).withFixedDelay(3000)));

        assertThatThrownBy(() -> transport(Duration.ofMillis(500)).send(anEmail()))
                .isInstanceOfSatisfying(MailDeliveryException.class, e -> assertThat(e.isRetryable()).isTrue());
    }

    @Test
    void shouldReportAnUnreachableApiAsRetryable() {
        SendGridMailTransport unreachable = SendGridMailTransport.create(API_KEY,
                URI.create("http://127.0.0.1:" + FreePort.find()), Duration.ofSeconds(1),
                new SendGridMailTransport.Settings(List.of(), true, true, false));

        assertThatThrownBy(() -> unreachable.send(anEmail()))
                .isInstanceOfSatisfying(MailDeliveryException.class, e -> assertThat(e.isRetryable()).isTrue());
    }

    private static String fixture(String path) throws IOException {
        try (InputStream in = SendGridMailTransportTest.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
