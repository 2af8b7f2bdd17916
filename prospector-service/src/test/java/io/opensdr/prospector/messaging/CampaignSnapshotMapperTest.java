package io.opensdr.prospector.messaging;

import static io.opensdr.prospector.messaging.CampaignSnapshotMother.anActiveCampaign;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opensdr.events.TargetProfile;
import io.opensdr.kit.messaging.InvalidEventException;
import io.opensdr.prospector.domain.Campaign;
import io.opensdr.prospector.domain.CampaignStatus;
import io.opensdr.prospector.domain.Seniority;
import io.opensdr.prospector.domain.SourceKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class CampaignSnapshotMapperTest {

    @Test
    void shouldKeepWhatTheProspectorNeeds() {
        Campaign campaign = CampaignSnapshotMapper.toCampaign(anActiveCampaign("w1", "c1", 50).setRevision(7).build());

        assertThat(campaign.campaignId()).isEqualTo("c1");
        assertThat(campaign.workspaceId()).isEqualTo("w1");
        assertThat(campaign.revision()).isEqualTo(7);
        assertThat(campaign.status()).isEqualTo(CampaignStatus.ACTIVE);
        assertThat(campaign.source()).isEqualTo(SourceKind.DEMO);
        assertThat(campaign.dailyQuota()).isEqualTo(50);
        assertThat(campaign.targetProfile().seniorities()).contains(Seniority.VP);
        assertThat(campaign.targetProfile().companySizes()).hasSize(3);
    }

    @Test
    void shouldLeaveOutACompanySizeThatStatesNoRange() {
        var builder = anActiveCampaign("w1", "c1", 50);
        var snapshot = builder.setTargetProfile(TargetProfile.newBuilder(builder.getTargetProfile())
                .setCompanySizes(List.of("51-200", "quite big")).build()).build();

        assertThat(CampaignSnapshotMapper.toCampaign(snapshot).targetProfile().companySizes())
                .extracting(range -> range.label()).containsExactly("51-200");
    }

    @Test
    void shouldRejectASnapshotWithoutCampaignOrWorkspace() {
        assertThatThrownBy(() -> CampaignSnapshotMapper.toCampaign(anActiveCampaign("w1", " ", 50).build()))
                .isInstanceOf(InvalidEventException.class);
        assertThatThrownBy(() -> CampaignSnapshotMapper.toCampaign(anActiveCampaign("", "c1", 50).build()))
                .isInstanceOf(InvalidEventException.class);
    }

    @Test
    void shouldRejectAnUnknownSeniorityOrANegativeQuota() {
        var builder = anActiveCampaign("w1", "c1", 50);
        var snapshot = builder.setTargetProfile(TargetProfile.newBuilder(builder.getTargetProfile())
                .setSeniorities(List.of("BOSS")).build()).build();

        assertThatThrownBy(() -> CampaignSnapshotMapper.toCampaign(snapshot)).isInstanceOf(InvalidEventException.class);
        assertThatThrownBy(() -> CampaignSnapshotMapper.toCampaign(anActiveCampaign("w1", "c1", -1).build()))
                .isInstanceOf(InvalidEventException.class);
    }
}
