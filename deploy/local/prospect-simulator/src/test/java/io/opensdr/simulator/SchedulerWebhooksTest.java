package io.opensdr.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The webhooks as the contract (shared/contracts/EXTERNAL-APIS.md) documents them. The expected
 * signatures were computed with openssl, not with this code:
 * {@code printf '1800000000.%s' "$BODY" | openssl dgst -sha256 -hmac "$KEY"}.
 */
class SchedulerWebhooksTest {

    private static final String BODY = "{\"event\":\"invitee.created\",\"payload\":{}}";
    private static final Instant NOW = Instant.parse("2026-11-27T09:00:00Z");
    private static final SchedulerWebhooks.Booking BOOKING = new SchedulerWebhooks.Booking(Scheduler.CALENDLY,
            "SIM0123", "Claire Martin", "claire@acme.example", Instant.parse("2026-12-02T10:00:00Z"),
            Instant.parse("2026-12-02T10:30:00Z"), "c-1", "p-1");

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void shouldSignCalendlyWebhooksOverTheTimestampAndTheRawBody() {
        assertEquals("t=1800000000,v1=8e7909dac2bcceabcc6c8088c59c7a7675687289b57f32e3589b29f91b12146d",
                SchedulerWebhooks.calendlySignature(SimulatorOptions.LOCAL_CALENDLY_KEY, 1_800_000_000L, BODY));
    }

    @Test
    void shouldSignCalComWebhooksOverTheRawBody() {
        assertEquals("1cc481757096618d5333bf9ace56b9e598f98c1869278f8842fcc5e7553c6f40",
                SchedulerWebhooks.calComSignature(SimulatorOptions.LOCAL_CAL_COM_SECRET, BODY));
    }

    @Test
    void shouldShapeACalendlyInviteeCreatedAsDocumented() throws Exception {
        SchedulerWebhooks.SignedWebhook signed = SchedulerWebhooks.signed(BOOKING, "key", "secret", NOW);
        assertEquals("/api/outreach/webhooks/calendly", signed.path());
        assertEquals("Calendly-Webhook-Signature", signed.signatureHeader());
        assertEquals(SchedulerWebhooks.calendlySignature("key", NOW.getEpochSecond(), signed.body()), signed.signature());

        JsonNode envelope = json.readTree(signed.body());
        assertEquals("invitee.created", envelope.path("event").asText());
        JsonNode payload = envelope.path("payload");
        assertEquals("https://api.calendly.com/scheduled_events/SIM0123/invitees/SIM0123", payload.path("uri").asText());
        assertEquals("claire@acme.example", payload.path("email").asText());
        assertEquals("Claire", payload.path("first_name").asText());
        assertEquals("2026-12-02T10:00:00Z", payload.path("scheduled_event").path("start_time").asText());
        assertEquals("2026-12-02T10:30:00Z", payload.path("scheduled_event").path("end_time").asText());
        assertEquals("c-1", payload.path("tracking").path("utm_campaign").asText());
        assertEquals("p-1", payload.path("tracking").path("utm_content").asText());
        assertEquals(false, payload.path("rescheduled").asBoolean(true));
    }

    @Test
    void shouldShapeACalComBookingCreatedAsDocumented() throws Exception {
        SchedulerWebhooks.Booking calCom = new SchedulerWebhooks.Booking(Scheduler.CAL_COM, BOOKING.ref(),
                BOOKING.inviteeName(), BOOKING.inviteeEmail(), BOOKING.startsAt(), BOOKING.endsAt(), "c-1", "p-1");
        SchedulerWebhooks.SignedWebhook signed = SchedulerWebhooks.signed(calCom, "key", "secret", NOW);
        assertEquals("/api/outreach/webhooks/cal-com", signed.path());
        assertEquals("X-Cal-Signature-256", signed.signatureHeader());
        assertEquals(SchedulerWebhooks.calComSignature("secret", signed.body()), signed.signature());
        assertTrue(signed.signature().matches("[0-9a-f]{64}"));

        JsonNode envelope = json.readTree(signed.body());
        assertEquals("BOOKING_CREATED", envelope.path("triggerEvent").asText());
        JsonNode payload = envelope.path("payload");
        assertEquals("SIM0123", payload.path("uid").asText());
        assertEquals("2026-12-02T10:00:00Z", payload.path("startTime").asText());
        assertEquals("claire@acme.example", payload.path("attendees").get(0).path("email").asText());
        assertEquals("c-1", payload.path("metadata").path("utm_campaign").asText());
        assertEquals("p-1", payload.path("metadata").path("utm_content").asText());
    }
}
