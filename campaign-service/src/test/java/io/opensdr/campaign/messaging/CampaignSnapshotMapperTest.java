package io.opensdr.campaign.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.opensdr.campaign.config.CampaignProperties;
import io.opensdr.campaign.domain.Campaign;
import io.opensdr.campaign.domain.CampaignMother;
import io.opensdr.campaign.domain.CampaignSettings;
import io.opensdr.campaign.domain.ProspectSource;
import io.opensdr.campaign.domain.QualificationSettings;
import io.opensdr.events.CampaignSnapshot;
import org.junit.jupiter.api.Test;

class CampaignSnapshotMapperTest {

    @Test
    void shouldCarryTheCampaignsSourceAndEveryQualificationField() {
        CampaignSettings base = CampaignMother.someSettings();
        CampaignSettings settings = new CampaignSettings(base.name(), base.sector(), base.targetProfile(),
                base.emailTemplate(), base.meeting(), ProspectSource.ROCKETREACH,
                new QualificationSettings(72, 7, 88, 10, 20, 30, 40), base.dailyProspectQuota());
        Campaign campaign = Campaign.create("campaign-9", "workspace-1", settings, CampaignMother.CREATED_AT);

        CampaignSnapshot snapshot = mapper().toSnapshot(campaign);

        assertThat(snapshot.getSource()).isEqualTo(io.opensdr.events.ProspectSource.ROCKETREACH);
        assertThat(snapshot.getQualification()).isEqualTo(io.opensdr.events.QualificationSettings.newBuilder()
                .setThreshold(72).setReviewBand(7).setHotScore(88)
                .setBudgetWeight(10).setAuthorityWeight(20).setNeedWeight(30).setTimelineWeight(40)
                .build());
    }

    @Test
    void shouldMapEveryDomainSourceToTheEventSourceOfTheSameName() {
        CampaignSettings base = CampaignMother.someSettings();
        for (ProspectSource source : ProspectSource.values()) {
            CampaignSettings settings = new CampaignSettings(base.name(), base.sector(), base.targetProfile(),
                    base.emailTemplate(), base.meeting(), source, base.qualification(), base.dailyProspectQuota());

            CampaignSnapshot snapshot = mapper().toSnapshot(Campaign.create("c", "w", settings, CampaignMother.CREATED_AT));

            assertThat(snapshot.getSource().name()).isEqualTo(source.name());
        }
    }

    @Test
    void shouldGiveEveryCampaignTheDefaultSendingWindowAndCap() {
        Campaign campaign = Campaign.create("campaign-9", "workspace-1", CampaignMother.someSettings(),
                CampaignMother.CREATED_AT);

        io.opensdr.events.SendingSettings sending = mapper().toSnapshot(campaign).getSending();

        assertThat(sending.getDays()).containsExactly("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY");
        assertThat(sending.getStartHour()).isEqualTo(9);
        assertThat(sending.getEndHour()).isEqualTo(17);
        assertThat(sending.getTimeZone()).as("null: the meeting's time zone").isNull();
        assertThat(sending.getDailyCap()).isEqualTo(100);
    }

    private static CampaignSnapshotMapper mapper() {
        return new CampaignSnapshotMapper(PROPERTIES);
    }

    private static final CampaignProperties PROPERTIES = new CampaignProperties(
            new CampaignProperties.Demo(false, "Demo workspace", "demo@opensdr.io", "unused"),
            new CampaignProperties.Sender("sdr@example.test", "Sender", io.opensdr.events.MailTransport.SMTP, 30));
}
