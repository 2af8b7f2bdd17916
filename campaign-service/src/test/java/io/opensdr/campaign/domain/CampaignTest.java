package io.opensdr.campaign.domain;

import static io.opensdr.campaign.domain.CampaignMother.CREATED_AT;
import static io.opensdr.campaign.domain.CampaignMother.aDraftCampaign;
import static io.opensdr.campaign.domain.CampaignMother.aPausedCampaign;
import static io.opensdr.campaign.domain.CampaignMother.aStoppedCampaign;
import static io.opensdr.campaign.domain.CampaignMother.anActiveCampaign;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CampaignTest {

    private static final Instant LATER = CREATED_AT.plusSeconds(3600);

    @Test
    void shouldStartAsADraftAtRevisionOneWithTheTemplateNotYetApproved() {
        Campaign campaign = aDraftCampaign();

        assertThat(campaign.status()).isEqualTo(CampaignStatus.DRAFT);
        assertThat(campaign.revision()).isEqualTo(1);
        assertThat(campaign.templateApproved()).isFalse();
        assertThat(campaign.launchedAt()).isNull();
    }

    @Test
    void shouldLaunchADraftWhoseTemplateIsApproved() {
        Campaign launched = aDraftCampaign().approveTemplate(LATER).launch(LATER);

        assertThat(launched.status()).isEqualTo(CampaignStatus.ACTIVE);
        assertThat(launched.templateApproved()).isTrue();
        assertThat(launched.launchedAt()).isEqualTo(LATER);
        assertThat(launched.revision()).isEqualTo(3);
    }

    @Test
    void shouldPauseResumeAndStopWithOneMoreRevisionEachTime() {
        Campaign paused = anActiveCampaign().pause(LATER);
        Campaign resumed = paused.resume(LATER.plusSeconds(1));
        Campaign stopped = resumed.stop(LATER.plusSeconds(2));

        assertThat(paused.status()).isEqualTo(CampaignStatus.PAUSED);
        assertThat(resumed.status()).isEqualTo(CampaignStatus.ACTIVE);
        assertThat(stopped.status()).isEqualTo(CampaignStatus.STOPPED);
        assertThat(new long[] {paused.revision(), resumed.revision(), stopped.revision()}).containsExactly(4, 5, 6);
        assertThat(stopped.updatedAt()).isEqualTo(LATER.plusSeconds(2));
        assertThat(stopped.launchedAt()).as("launch time is kept").isEqualTo(anActiveCampaign().launchedAt());
    }

    @Test
    void shouldStopAPausedCampaign() {
        assertThat(aPausedCampaign().stop(LATER).status()).isEqualTo(CampaignStatus.STOPPED);
    }

    @Test
    void shouldRefuseToLaunchAStoppedCampaign() {
        assertThatThrownBy(() -> aStoppedCampaign().launch(LATER))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessage("A STOPPED campaign cannot be launched");
    }

    @Test
    void shouldRefuseToRestartAStoppedCampaignInAnyWay() {
        Campaign stopped = aStoppedCampaign();

        assertThatThrownBy(() -> stopped.resume(LATER)).hasMessage("A STOPPED campaign cannot be resumed");
        assertThatThrownBy(() -> stopped.pause(LATER)).hasMessage("A STOPPED campaign cannot be paused");
        assertThatThrownBy(() -> stopped.stop(LATER)).hasMessage("A STOPPED campaign cannot be stopped");
    }

    @Test
    void shouldRefuseToResumeAnActiveCampaign() {
        assertThatThrownBy(() -> anActiveCampaign().resume(LATER))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessage("An ACTIVE campaign cannot be resumed");
    }

    @Test
    void shouldRefuseToLaunchAnActiveOrPausedCampaignAgain() {
        assertThatThrownBy(() -> anActiveCampaign().launch(LATER)).hasMessage("An ACTIVE campaign cannot be launched");
        assertThatThrownBy(() -> aPausedCampaign().launch(LATER)).hasMessage("A PAUSED campaign cannot be launched");
    }

    @Test
    void shouldRefuseToPauseResumeOrStopADraft() {
        Campaign draft = aDraftCampaign();

        assertThatThrownBy(() -> draft.pause(LATER)).hasMessage("A DRAFT campaign cannot be paused");
        assertThatThrownBy(() -> draft.resume(LATER)).hasMessage("A DRAFT campaign cannot be resumed");
        assertThatThrownBy(() -> draft.stop(LATER)).hasMessage("A DRAFT campaign cannot be stopped");
    }

    @Test
    void shouldApplyEachActionByName() {
        assertThat(aDraftCampaign().approveTemplate(LATER).apply(CampaignAction.LAUNCH, LATER).status())
                .isEqualTo(CampaignStatus.ACTIVE);
        assertThat(anActiveCampaign().apply(CampaignAction.COMPLETE, LATER).status()).isEqualTo(CampaignStatus.COMPLETED);
        assertThat(anActiveCampaign().apply(CampaignAction.PAUSE, LATER).status()).isEqualTo(CampaignStatus.PAUSED);
        assertThat(aPausedCampaign().apply(CampaignAction.RESUME, LATER).status()).isEqualTo(CampaignStatus.ACTIVE);
        assertThat(anActiveCampaign().apply(CampaignAction.STOP, LATER).status()).isEqualTo(CampaignStatus.STOPPED);
    }

    @Test
    void shouldAcceptDraftApprovalsOnlyWhileActiveOrPaused() {
        assertThat(aDraftCampaign().acceptsApprovals()).isFalse();
        assertThat(anActiveCampaign().acceptsApprovals()).isTrue();
        assertThat(aPausedCampaign().acceptsApprovals()).isTrue();
        assertThat(aStoppedCampaign().acceptsApprovals()).isFalse();
    }

    @Test
    void shouldTakeNewQualificationSettingsAtTheNextRevisionInAnyStatusBeforeTheEnd() {
        QualificationSettings stricter = new QualificationSettings(75, 10, 90, 40, 30, 20, 10);

        for (Campaign campaign : new Campaign[] {aDraftCampaign(), anActiveCampaign(), aPausedCampaign()}) {
            Campaign requalified = campaign.requalify(stricter, LATER);

            assertThat(requalified.settings().qualification()).isEqualTo(stricter);
            assertThat(requalified.settings().threshold()).isEqualTo(75);
            assertThat(requalified.status()).isEqualTo(campaign.status());
            assertThat(requalified.revision()).isEqualTo(campaign.revision() + 1);
            assertThat(requalified.updatedAt()).isEqualTo(LATER);
            assertThat(requalified.settings().name()).isEqualTo(campaign.settings().name());
        }
    }

    @Test
    void shouldRefuseNewQualificationSettingsOnceTheCampaignIsOver() {
        Campaign stopped = aStoppedCampaign();
        Campaign completed = new Campaign(stopped.id(), stopped.workspaceId(), stopped.settings(),
                CampaignStatus.COMPLETED, true, stopped.revision(), stopped.createdAt(), stopped.launchedAt(), LATER);

        assertThatThrownBy(() -> stopped.requalify(QualificationSettings.defaults(), LATER))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessage("A STOPPED campaign cannot be given new qualification settings");
        assertThatThrownBy(() -> completed.requalify(QualificationSettings.defaults(), LATER))
                .hasMessage("A COMPLETED campaign cannot be given new qualification settings");
    }

    @Test
    void shouldDefaultToTheDemoSourceInTheMotherAndRequireASourceAndQualification() {
        CampaignSettings settings = CampaignMother.someSettings();

        assertThat(settings.source()).isEqualTo(ProspectSource.DEMO);
        assertThatThrownBy(() -> new CampaignSettings(settings.name(), settings.sector(), settings.targetProfile(),
                settings.emailTemplate(), settings.meeting(), null, settings.qualification(), 100))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("The prospect source is required");
        assertThatThrownBy(() -> new CampaignSettings(settings.name(), settings.sector(), settings.targetProfile(),
                settings.emailTemplate(), settings.meeting(), ProspectSource.CSV, null, 100))
                .hasMessage("The qualification settings are required");
    }
}
