package io.opensdr.outreach.messaging;

import static io.opensdr.outreach.messaging.OutreachEventMother.aCampaignSnapshot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opensdr.events.CampaignSnapshot;
import io.opensdr.events.CampaignStatus;
import io.opensdr.events.MeetingAvailability;
import io.opensdr.events.SendingSettings;
import io.opensdr.kit.messaging.InvalidEventException;
import io.opensdr.outreach.domain.Campaign;
import io.opensdr.outreach.domain.MailTransport;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class CampaignSnapshotMapperTest {

    @Test
    void shouldKeepTheSendingWindowTheCampaignCapAndTheSendersTransport() {
        CampaignSnapshot snapshot = aCampaignSnapshot("c-1", 1, CampaignStatus.ACTIVE, "sales@opensdr.example")
                .setSending(SendingSettings.newBuilder().setDays(List.of("MONDAY", "WEDNESDAY")).setStartHour(8)
                        .setEndHour(12).setTimeZone("America/New_York").setDailyCap(40).build())
                .setSender(io.opensdr.events.Sender.newBuilder().setFromEmail("sales@opensdr.example")
                        .setFromName("Camille Durand").setTransport(io.opensdr.events.MailTransport.SENDGRID).build())
                .build();

        Campaign campaign = CampaignSnapshotMapper.toCampaign(snapshot);

        assertThat(campaign.sending().days()).containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY);
        assertThat(campaign.sending().startHour()).isEqualTo(8);
        assertThat(campaign.sending().endHour()).isEqualTo(12);
        assertThat(campaign.sending().zone()).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(campaign.sending().dailyCap()).isEqualTo(40);
        assertThat(campaign.sender().transport()).isEqualTo(MailTransport.Kind.SENDGRID);
    }

    @Test
    void shouldReadASnapshotWithoutSendingSettingsAsWeekdaysNineToFiveInTheMeetingsZone() {
        CampaignSnapshot snapshot = aCampaignSnapshot("c-1", 1, CampaignStatus.ACTIVE, "sales@opensdr.example")
                .setMeeting(MeetingAvailability.newBuilder().setTimeZone("Europe/Paris").build())
                .build();

        Campaign campaign = CampaignSnapshotMapper.toCampaign(snapshot);

        assertThat(campaign.sending().days()).containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
        assertThat(campaign.sending().startHour()).isEqualTo(9);
        assertThat(campaign.sending().endHour()).isEqualTo(17);
        assertThat(campaign.sending().zone()).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(campaign.sending().dailyCap()).isEqualTo(100);
        assertThat(campaign.sender().transport()).isEqualTo(MailTransport.Kind.SMTP);
    }

    @Test
    void shouldRefuseAnUnknownDayAZoneThatDoesNotExistOrHoursOutOfOrder() {
        assertThatThrownBy(() -> CampaignSnapshotMapper.toCampaign(withSending(SendingSettings.newBuilder()
                .setDays(List.of("MONDAY", "FUNDAY")).build())))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("FUNDAY");
        assertThatThrownBy(() -> CampaignSnapshotMapper.toCampaign(withSending(SendingSettings.newBuilder()
                .setTimeZone("Mars/Olympus").build())))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("Mars/Olympus");
        assertThatThrownBy(() -> CampaignSnapshotMapper.toCampaign(withSending(SendingSettings.newBuilder()
                .setStartHour(17).setEndHour(9).build())))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("17-9");
        assertThatThrownBy(() -> CampaignSnapshotMapper.toCampaign(withSending(SendingSettings.newBuilder()
                .setDailyCap(-1).build())))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("daily cap");
    }

    @Test
    void shouldFallBackToUtcWhenNeitherTheSnapshotNorTheMeetingNamesAZone() {
        CampaignSnapshot snapshot = aCampaignSnapshot("c-1", 1, CampaignStatus.ACTIVE, "sales@opensdr.example")
                .setMeeting(MeetingAvailability.newBuilder().setTimeZone("").build())
                .setSending(SendingSettings.newBuilder().build()).build();

        assertThat(CampaignSnapshotMapper.toCampaign(snapshot).sending().zone()).isEqualTo(ZoneOffset.UTC);
    }

    private static CampaignSnapshot withSending(SendingSettings sending) {
        return aCampaignSnapshot("c-1", 1, CampaignStatus.ACTIVE, "sales@opensdr.example").setSending(sending).build();
    }
}
