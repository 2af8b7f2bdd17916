package io.opensdr.qualifier.messaging;

import io.opensdr.events.CampaignSnapshot;
import io.opensdr.events.CampaignStatus;
import io.opensdr.events.EmailTemplate;
import io.opensdr.events.MeetingAvailability;
import io.opensdr.events.ProspectSource;
import io.opensdr.events.QualificationSettings;
import io.opensdr.events.Sender;
import io.opensdr.events.TargetProfile;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** Test data: campaign snapshots as campaign-service publishes them. */
public final class CampaignSnapshotMother {

    private CampaignSnapshotMother() {
    }

    public static CampaignSnapshot.Builder anActiveCampaign(String workspaceId, String campaignId, int dailyQuota) {
        return CampaignSnapshot.newBuilder()
                .setEventId(UUID.randomUUID())
                .setOccurredAt(Instant.now().truncatedTo(ChronoUnit.MILLIS))
                .setWorkspaceId(workspaceId)
                .setCampaignId(campaignId)
                .setRevision(1)
                .setName("Fintech VPs")
                .setSector("Fintech")
                .setStatus(CampaignStatus.ACTIVE)
                .setSource(ProspectSource.DEMO)
                .setTargetProfile(TargetProfile.newBuilder()
                        .setTitles(List.of("VP Sales", "Head of Sales"))
                        .setSeniorities(List.of("C_LEVEL", "VP", "DIRECTOR", "HEAD"))
                        .setCompanySizes(List.of("51-200", "201-500", "501-1000"))
                        .setIndustries(List.of("Software", "Fintech"))
                        .setCountries(List.of("FR", "DE", "GB"))
                        .build())
                .setDailyProspectQuota(dailyQuota)
                .setQualification(QualificationSettings.newBuilder().build())
                .setEmailTemplate(EmailTemplate.newBuilder().setSubject("Hello").setBody("Hello {{firstName}}").setApproved(true).build())
                .setMeeting(MeetingAvailability.newBuilder().setDays(List.of("TUESDAY")).build())
                .setSender(Sender.newBuilder().setFromEmail("sales@vendor.example").setFromName("Sales").build());
    }
}
