package io.opensdr.outreach.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opensdr.kit.web.JsonInputConfiguration;
import io.opensdr.outreach.domain.BookingNotice;
import io.opensdr.outreach.domain.MeetingStatus;
import io.opensdr.outreach.domain.Scheduler;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Reading the schedulers' documented bodies into booking notices, and refusing what is not one. */
class SchedulerWebhookReadersTest {

    /** The mapper as the service has it (service-kit's JSON input policy). */
    private final ObjectMapper json = JsonInputConfiguration.refuseSilentCoercion(new ObjectMapper());

    @Test
    void shouldReadACalendlyBookingWithItsLinkIdsAndOffsetTimes() throws Exception {
        BookingNotice notice = CalendlyWebhook.read(json(calendly("invitee.created", """
                "old_invitee": null, "rescheduled": false,""", "2026-12-02T11:00:00+01:00", "2026-12-02T10:30:00Z")))
                .orElseThrow();

        assertThat(notice.scheduler()).isEqualTo(Scheduler.CALENDLY);
        assertThat(notice.bookingRef()).isEqualTo("https://api.calendly.com/scheduled_events/E1/invitees/I1");
        assertThat(notice.status()).isEqualTo(MeetingStatus.BOOKED);
        assertThat(notice.previousRef()).isNull();
        assertThat(notice.startsAt()).isEqualTo(Instant.parse("2026-12-02T10:00:00Z"));
        assertThat(notice.endsAt()).isEqualTo(Instant.parse("2026-12-02T10:30:00Z"));
        assertThat(notice.inviteeEmail()).isEqualTo("claire@acme.example");
        assertThat(notice.campaignId()).isEqualTo("c-1");
        assertThat(notice.prospectId()).isEqualTo("p-1");
    }

    @Test
    void shouldTellACalendlyRescheduleFromACancellation() throws Exception {
        String times = "2026-12-02T10:00:00.000000Z";
        assertThat(CalendlyWebhook.read(json(calendly("invitee.canceled", "\"rescheduled\": true,", times, times)))
                .orElseThrow().status()).isEqualTo(MeetingStatus.MOVED);
        assertThat(CalendlyWebhook.read(json(calendly("invitee.canceled", "\"rescheduled\": false,", times, times)))
                .orElseThrow().status()).isEqualTo(MeetingStatus.CANCELED);
        assertThat(CalendlyWebhook.read(json(calendly("invitee.created",
                "\"old_invitee\": \"https://api.calendly.com/scheduled_events/E0/invitees/I0\",", times, times)))
                .orElseThrow().previousRef()).isEqualTo("https://api.calendly.com/scheduled_events/E0/invitees/I0");
    }

    @Test
    void shouldIgnoreCalendlyEventsItDoesNotHandleAndRefuseMalformedOnes() throws Exception {
        String times = "2026-12-02T10:00:00Z";
        assertThat(CalendlyWebhook.read(json("{\"event\": \"routing_form_submission.created\", \"payload\": {}}"))).isEmpty();
        assertThatThrownBy(() -> CalendlyWebhook.read(json("{\"payload\": {}}"))).isInstanceOf(InvalidWebhookException.class);
        assertThatThrownBy(() -> CalendlyWebhook.read(json("{\"event\": 7}"))).isInstanceOf(InvalidWebhookException.class);
        assertThatThrownBy(() -> CalendlyWebhook.read(json("{\"event\": \"invitee.created\", \"payload\": []}")))
                .isInstanceOf(InvalidWebhookException.class);
        assertThatThrownBy(() -> CalendlyWebhook.read(json(calendly("invitee.canceled", "\"rescheduled\": \"yes\",", times, times))))
                .isInstanceOf(InvalidWebhookException.class).hasMessageContaining("rescheduled");
        assertThatThrownBy(() -> CalendlyWebhook.read(json(calendly("invitee.created", "", "2026-12-02 10:00", times))))
                .isInstanceOf(InvalidWebhookException.class).hasMessageContaining("start_time");
        assertThatThrownBy(() -> CalendlyWebhook.read(json(calendly("invitee.created", "", times, "2026-12-02T09:00:00Z"))))
                .isInstanceOf(InvalidWebhookException.class).hasMessageContaining("end before it starts");
        assertThatThrownBy(() -> CalendlyWebhook.read(json(calendly("invitee.created", "", times, times)
                .replace("\"uri\": \"https://api.calendly.com/scheduled_events/E1/invitees/I1\"", "\"uri\": \"" + "x".repeat(3000) + "\""))))
                .isInstanceOf(InvalidWebhookException.class).hasMessageContaining("longer");
    }

    @Test
    void shouldReadACalComRescheduleWithTheBookingItReplaces() throws Exception {
        BookingNotice notice = CalComWebhook.read(json("""
                {"triggerEvent": "BOOKING_RESCHEDULED", "createdAt": "2026-11-27T09:00:00Z", "payload": {
                  "uid": "new-uid", "rescheduleUid": "old-uid", "startTime": "2026-12-04T09:00:00Z", "endTime": "2026-12-04T09:30:00Z",
                  "attendees": [{"name": "Paul", "email": "paul@acme.example", "timeZone": "Europe/Paris"}],
                  "metadata": {}, "tracking": {"utm_campaign": "c-2", "utm_content": "p-2"}}}""")).orElseThrow();

        assertThat(notice.scheduler()).isEqualTo(Scheduler.CAL_COM);
        assertThat(notice.bookingRef()).isEqualTo("new-uid");
        assertThat(notice.previousRef()).isEqualTo("old-uid");
        assertThat(notice.status()).isEqualTo(MeetingStatus.RESCHEDULED);
        assertThat(notice.inviteeEmail()).isEqualTo("paul@acme.example");
        assertThat(notice.campaignId()).isEqualTo("c-2");
        assertThat(notice.prospectId()).isEqualTo("p-2");
    }

    @Test
    void shouldIgnoreCalComTriggersItDoesNotHandleAndRefuseMalformedOnes() throws Exception {
        assertThat(CalComWebhook.read(json("{\"triggerEvent\": \"PING\", \"payload\": {}}"))).isEmpty();
        assertThat(CalComWebhook.read(json("{\"triggerEvent\": \"MEETING_ENDED\", \"payload\": {}}"))).isEmpty();
        String valid = """
                {"triggerEvent": "BOOKING_CREATED", "payload": {"uid": "u1", "startTime": "2026-12-04T09:00:00Z",
                 "endTime": "2026-12-04T09:30:00Z", "attendees": [], "metadata": {"utm_content": "p-3"}}}""";
        assertThat(CalComWebhook.read(json(valid)).orElseThrow().inviteeEmail()).isNull();
        assertThatThrownBy(() -> CalComWebhook.read(json(valid.replace("\"attendees\": []", "\"attendees\": {}"))))
                .isInstanceOf(InvalidWebhookException.class).hasMessageContaining("attendees");
        assertThatThrownBy(() -> CalComWebhook.read(json(valid.replace("{\"utm_content\": \"p-3\"}", "\"p-3\""))))
                .isInstanceOf(InvalidWebhookException.class).hasMessageContaining("metadata");
        assertThatThrownBy(() -> CalComWebhook.read(json(valid.replace("\"uid\": \"u1\",", ""))))
                .isInstanceOf(InvalidWebhookException.class).hasMessageContaining("uid");
        assertThatThrownBy(() -> CalComWebhook.read(json(valid.replace("\"endTime\": \"2026-12-04T09:30:00Z\"", "\"endTime\": 1700000000"))))
                .isInstanceOf(InvalidWebhookException.class).hasMessageContaining("endTime");
        assertThatThrownBy(() -> CalComWebhook.read(json("\"BOOKING_CREATED\""))).isInstanceOf(InvalidWebhookException.class);
    }

    private JsonNode json(String text) throws Exception {
        return json.readTree(text);
    }

    private static String calendly(String event, String extra, String start, String end) {
        return """
                {"event": "%s", "created_at": "2026-11-27T09:00:00.000000Z", "payload": {
                  "uri": "https://api.calendly.com/scheduled_events/E1/invitees/I1", "email": "claire@acme.example",
                  "name": "Claire Martin", %s
                  "scheduled_event": {"uri": "https://api.calendly.com/scheduled_events/E1", "start_time": "%s", "end_time": "%s"},
                  "tracking": {"utm_campaign": "c-1", "utm_source": "opensdr", "utm_medium": "email", "utm_content": "p-1", "utm_term": null}}}
                """.formatted(event, extra, start, end);
    }
}
