package io.opensdr.outreach;

import static io.opensdr.outreach.messaging.OutreachEventMother.aCampaignSnapshot;
import static io.opensdr.outreach.messaging.OutreachEventMother.aProspectQualified;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.opensdr.events.CampaignStatus;
import io.opensdr.events.MeetingBooked;
import io.opensdr.events.MeetingStatus;
import io.opensdr.events.Scheduler;
import io.opensdr.events.catalog.TopicNames;
import io.opensdr.kit.messaging.EventPublisher;
import io.opensdr.kit.testing.TestInfrastructure;
import io.opensdr.kit.testing.TestTokens;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The schedulers' webhooks on real infrastructure (embedded KRaft broker, the registry,
 * mongo-java-server): the documented payloads, signed as Calendly and Cal.com sign them, become
 * MeetingBooked events on Kafka, once each; forged, stale and malformed requests change nothing.
 */
@SpringBootTest(properties = {
        "opensdr.outbox.poll-interval-ms=100",
        "opensdr.outreach.schedulers.calendly.signing-key=" + MeetingWebhooksIT.CALENDLY_KEY,
        "opensdr.outreach.schedulers.cal-com.secret=" + MeetingWebhooksIT.CAL_COM_SECRET})
@AutoConfigureMockMvc
@EmbeddedKafka(kraft = true, partitions = 3, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@DirtiesContext
class MeetingWebhooksIT {

    static final String CALENDLY_KEY = "it-calendly-signing-key";
    static final String CAL_COM_SECRET = "it-cal-com-secret";
    private static final Duration EVENTUALLY = Duration.ofSeconds(30);
    private static final Duration QUIET = Duration.ofSeconds(3);

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry properties) {
        TestInfrastructure.register(properties, "outreach-meetings-it");
        TOKENS.register(properties);
    }

    /** Access tokens as campaign-service signs them, checked against their JWKS over HTTP. */
    static final TestTokens TOKENS = TestTokens.start();

    @Autowired EventPublisher upstream;
    @Autowired PublishedMeetings published;
    @Autowired MongoTemplate mongo;
    @Autowired MockMvc mvc;

    /** Outreach wrote to p-meet and p-cal of campaign c-meet: it drafted for them. */
    @BeforeEach
    void prospectsOutreachWroteTo() {
        if (mongo.findById("p-cal:1", Document.class, "drafts") != null) {
            return;
        }
        upstream.publishAndWait(aCampaignSnapshot("c-meet", 1, CampaignStatus.ACTIVE, "meet@opensdr.example").build());
        upstream.publishAndWait(aProspectQualified("p-meet", "c-meet", "claire.meet@acme.example").build());
        upstream.publishAndWait(aProspectQualified("p-cal", "c-meet", "paul.cal@acme.example").build());
        upstream.publishAndWait(aProspectQualified("p-mail", "c-meet", "Jeanne.Mail@Acme.example").build());
        await().atMost(EVENTUALLY).until(() -> mongo.findById("p-meet:1", Document.class, "drafts") != null
                && mongo.findById("p-cal:1", Document.class, "drafts") != null
                && mongo.findById("p-mail:1", Document.class, "drafts") != null);
    }

    @Test
    void shouldAnnounceACalendlyBookingOnceAndItsCancellationOnce() throws Exception {
        String created = fixture("calendly-invitee-created.json");
        String canceled = fixture("calendly-invitee-canceled.json");

        calendly(created, now()).andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("RECORDED")).andExpect(jsonPath("$.status").value("BOOKED"));
        calendly(created, now()).andExpect(status().isOk()).andExpect(jsonPath("$.outcome").value("DUPLICATE"));

        await().atMost(EVENTUALLY).until(() -> published.of("p-meet").size() == 1);
        MeetingBooked booked = published.of("p-meet").get(0);
        assertThat(booked.getWorkspaceId()).isEqualTo("workspace-1");
        assertThat(booked.getCampaignId()).isEqualTo("c-meet");
        assertThat(booked.getScheduler()).isEqualTo(Scheduler.CALENDLY);
        assertThat(booked.getStatus()).isEqualTo(MeetingStatus.BOOKED);
        assertThat(booked.getStartsAt()).isEqualTo(Instant.parse("2026-12-02T10:00:00Z"));
        assertThat(booked.getEndsAt()).isEqualTo(Instant.parse("2026-12-02T10:30:00Z"));
        assertThat(booked.getExternalRef())
                .isEqualTo("https://api.calendly.com/scheduled_events/GBGBDCAADAEDCRZ2/invitees/INVITEE-CREATED-1");

        calendly(canceled, now()).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CANCELED"));
        calendly(canceled, now()).andExpect(status().isOk()).andExpect(jsonPath("$.outcome").value("DUPLICATE"));
        calendly(created, now()).andExpect(status().isOk()).andExpect(jsonPath("$.outcome").value("DUPLICATE"));

        await().atMost(EVENTUALLY).until(() -> published.of("p-meet").size() == 2);
        await().during(QUIET).atMost(QUIET.plusSeconds(2)).until(() -> published.of("p-meet").size() == 2);
        MeetingBooked cancellation = published.of("p-meet").get(1);
        assertThat(cancellation.getStatus()).isEqualTo(MeetingStatus.CANCELED);
        assertThat(cancellation.getMeetingId()).isEqualTo(booked.getMeetingId());
    }

    @Test
    void shouldRefuseForgedUnsignedAndStaleCalendlyWebhooksAndRecordNothing() throws Exception {
        String body = fixture("calendly-invitee-created.json").replace("INVITEE-CREATED-1", "INVITEE-FORGED");
        long t = now();

        mvc.perform(post("/api/outreach/webhooks/calendly").contentType(MediaType.APPLICATION_JSON)
                        .header("Calendly-Webhook-Signature", "t=" + t + ",v1=" + hmac("not-the-key", t + "." + body))
                        .content(body))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401));
        mvc.perform(post("/api/outreach/webhooks/calendly").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnauthorized());
        calendly(body, t - Duration.ofMinutes(10).toSeconds()).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("away from now")));
        String signedOtherBody = "t=" + t + ",v1=" + hmac(CALENDLY_KEY, t + "." + body.replace("p-meet", "p-cal"));
        mvc.perform(post("/api/outreach/webhooks/calendly").contentType(MediaType.APPLICATION_JSON)
                        .header("Calendly-Webhook-Signature", signedOtherBody).content(body))
                .andExpect(status().isUnauthorized());

        assertThat(mongo.findById(
                "CALENDLY:https://api.calendly.com/scheduled_events/GBGBDCAADAEDCRZ2/invitees/INVITEE-FORGED",
                Document.class, "meetings")).isNull();
    }

    @Test
    void shouldRefuseASignedButMalformedBodyWith400AndRecordNothing() throws Exception {
        String valid = fixture("calendly-invitee-created.json").replace("INVITEE-CREATED-1", "INVITEE-MALFORMED");
        List<String> malformed = List.of(
                "not json at all",
                "",
                "[1, 2]",
                "{\"event\": \"invitee.created\"}",
                valid.replace("\"start_time\": \"2026-12-02T10:00:00.000000Z\"", "\"start_time\": \"next tuesday\""),
                valid.replace("\"end_time\": \"2026-12-02T10:30:00.000000Z\"", "\"end_time\": \"2026-12-02T09:00:00Z\""),
                valid.replace("\"uri\": \"https://api.calendly.com/scheduled_events/GBGBDCAADAEDCRZ2/invitees/INVITEE-MALFORMED\",", ""),
                valid.replace("\"tracking\": {", "\"tracking\": \"c-meet\", \"ignored\": {"));
        for (String body : malformed) {
            calendly(body, now()).andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.title").value("Invalid webhook"));
        }
        String huge = valid.replace("\"name\": \"Claire Martin\"", "\"name\": \"" + "x".repeat(300 * 1024) + "\"");
        calendly(huge, now()).andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(mongo.findById("CALENDLY:https://api.calendly.com/scheduled_events/GBGBDCAADAEDCRZ2/invitees/INVITEE-MALFORMED",
                Document.class, "meetings")).isNull();
    }

    @Test
    void shouldMatchByTheInviteeAddressWhenTheLinkIdsAreMissing() throws Exception {
        String body = fixture("calendly-invitee-created.json")
                .replace("INVITEE-CREATED-1", "INVITEE-BY-EMAIL")
                .replace("claire.meet@acme.example", "jeanne.mail@acme.example")
                .replace("\"utm_campaign\": \"c-meet\"", "\"utm_campaign\": null")
                .replace("\"utm_content\": \"p-meet\"", "\"utm_content\": null");

        calendly(body, now()).andExpect(status().isOk()).andExpect(jsonPath("$.outcome").value("RECORDED"));

        await().atMost(EVENTUALLY).until(() -> published.of("p-mail").size() == 1);
        assertThat(published.of("p-mail").get(0).getStatus()).isEqualTo(MeetingStatus.BOOKED);
    }

    @Test
    void shouldRecordABookingOfNobodyOutreachKnowsAsUnmatchedWithout500() throws Exception {
        String body = fixture("calendly-invitee-created.json")
                .replace("INVITEE-CREATED-1", "INVITEE-STRANGER")
                .replace("claire.meet@acme.example", "stranger@elsewhere.example")
                .replace("\"utm_content\": \"p-meet\"", "\"utm_content\": \"p-nobody\"");

        calendly(body, now()).andExpect(status().isAccepted()).andExpect(jsonPath("$.outcome").value("UNMATCHED"));
        calendly(body, now()).andExpect(status().isOk()).andExpect(jsonPath("$.outcome").value("DUPLICATE"));

        Document stored = mongo.findById(
                "CALENDLY:https://api.calendly.com/scheduled_events/GBGBDCAADAEDCRZ2/invitees/INVITEE-STRANGER",
                Document.class, "meetings");
        assertThat(stored).isNotNull();
        assertThat(stored.getString("prospectId")).isNull();
        assertThat(stored.toJson()).as("no address kept in the clear").doesNotContain("stranger@elsewhere.example");
        assertThat(stored.getString("inviteeEmailSha256"))
                .isEqualTo(HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                        .digest("stranger@elsewhere.example".getBytes(StandardCharsets.UTF_8))));
        await().during(QUIET).atMost(QUIET.plusSeconds(2)).until(() -> published.of("p-nobody").isEmpty());
    }

    @Test
    void shouldNotTieABookingToAProspectWhoseDataWasErased() throws Exception {
        upstream.publishAndWait(aProspectQualified("p-erased", "c-meet", "erased.person@acme.example").build());
        await().atMost(EVENTUALLY).until(() -> mongo.findById("p-erased:1", Document.class, "drafts") != null);
        mvc.perform(post("/api/outreach/erasure-requests").contentType(MediaType.APPLICATION_JSON)
                        .header(HttpHeaders.AUTHORIZATION, TOKENS.bearer(TestTokens.owner("workspace-1")))
                        .content("{\"email\": \"erased.person@acme.example\"}"))
                .andExpect(status().isAccepted());
        String body = fixture("calendly-invitee-created.json")
                .replace("INVITEE-CREATED-1", "INVITEE-ERASED")
                .replace("claire.meet@acme.example", "erased.person@acme.example")
                .replace("\"utm_content\": \"p-meet\"", "\"utm_content\": \"p-erased\"");

        calendly(body, now()).andExpect(status().isAccepted()).andExpect(jsonPath("$.outcome").value("UNMATCHED"));

        await().during(QUIET).atMost(QUIET.plusSeconds(2)).until(() -> published.of("p-erased").isEmpty());
    }

    @Test
    void shouldAcknowledgeAnEventTypeItDoesNotHandleAndRecordNothing() throws Exception {
        calendly("{\"event\": \"routing_form_submission.created\", \"payload\": {}}", now())
                .andExpect(status().isAccepted()).andExpect(jsonPath("$.outcome").value("IGNORED"));
        calCom("{\"triggerEvent\": \"PING\", \"payload\": {}}").andExpect(status().isAccepted());
    }

    @Test
    void shouldFollowACalComBookingThroughItsRescheduleAndCancellation() throws Exception {
        String created = fixture("cal-com-booking-created.json");
        String rescheduled = fixture("cal-com-booking-rescheduled.json");
        String cancelled = fixture("cal-com-booking-cancelled.json");

        calCom(created).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("BOOKED"));
        calCom(created).andExpect(status().isOk()).andExpect(jsonPath("$.outcome").value("DUPLICATE"));
        calCom(rescheduled).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("RESCHEDULED"));
        calCom(cancelled).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CANCELED"));
        calCom(rescheduled).andExpect(status().isOk()).andExpect(jsonPath("$.outcome").value("DUPLICATE"));

        await().atMost(EVENTUALLY).until(() -> published.of("p-cal").size() == 3);
        await().during(QUIET).atMost(QUIET.plusSeconds(2)).until(() -> published.of("p-cal").size() == 3);
        List<MeetingBooked> events = published.of("p-cal");
        assertThat(events).extracting(MeetingBooked::getStatus)
                .containsExactly(MeetingStatus.BOOKED, MeetingStatus.RESCHEDULED, MeetingStatus.CANCELED);
        assertThat(events).extracting(MeetingBooked::getMeetingId).containsOnly(events.get(0).getMeetingId());
        assertThat(events).extracting(MeetingBooked::getScheduler).containsOnly(Scheduler.CAL_COM);
        assertThat(events.get(1).getStartsAt()).isEqualTo(Instant.parse("2026-12-04T09:00:00Z"));
        assertThat(events.get(1).getExternalRef()).isEqualTo("n5Wv3eHgconAED2j4gcVhP");
    }

    @Test
    void shouldRefuseAForgedOrUnsignedCalComWebhookAndRecordNothing() throws Exception {
        String body = fixture("cal-com-booking-created.json").replace("bFJeNb2uX8ANpT3JL5EfXw", "forged-uid");

        mvc.perform(post("/api/outreach/webhooks/cal-com").contentType(MediaType.APPLICATION_JSON)
                        .header("X-Cal-Signature-256", hmac("guessed-secret", body)).content(body))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/outreach/webhooks/cal-com").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnauthorized());

        assertThat(mongo.findById("CAL_COM:forged-uid", Document.class, "meetings")).isNull();
    }

    private ResultActions calendly(String body, long timestamp) throws Exception {
        String signature = "t=" + timestamp + ",v1=" + hmac(CALENDLY_KEY, timestamp + "." + body);
        return mvc.perform(post("/api/outreach/webhooks/calendly").contentType(MediaType.APPLICATION_JSON)
                .header("Calendly-Webhook-Signature", signature).content(body.getBytes(StandardCharsets.UTF_8)));
    }

    private ResultActions calCom(String body) throws Exception {
        return mvc.perform(post("/api/outreach/webhooks/cal-com").contentType(MediaType.APPLICATION_JSON)
                .header("X-Cal-Signature-256", hmac(CAL_COM_SECRET, body)).content(body.getBytes(StandardCharsets.UTF_8)));
    }

    private static long now() {
        return Instant.now().getEpochSecond();
    }

    private static String hmac(String key, String signed) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = MeetingWebhooksIT.class.getResourceAsStream("/webhooks/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @TestConfiguration
    static class Probes {

        @Bean
        PublishedMeetings publishedMeetings() {
            return new PublishedMeetings();
        }
    }

    /** Reads MeetingBooked as a downstream consumer would, in its own group. */
    static class PublishedMeetings {

        private final List<MeetingBooked> events = new CopyOnWriteArrayList<>();

        @KafkaListener(topics = TopicNames.MEETING_BOOKED, groupId = "outreach-meetings-it",
                properties = "auto.offset.reset=earliest")
        void on(MeetingBooked event) {
            events.add(event);
        }

        List<MeetingBooked> of(String prospectId) {
            return events.stream().filter(event -> event.getProspectId().equals(prospectId)).toList();
        }
    }
}
