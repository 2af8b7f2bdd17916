package io.opensdr.campaign.domain;

import static io.opensdr.campaign.domain.CampaignMother.CREATED_AT;
import static io.opensdr.campaign.domain.CampaignMother.aDraftCampaign;
import static io.opensdr.campaign.domain.CampaignMother.aPausedCampaign;
import static io.opensdr.campaign.domain.CampaignMother.aStoppedCampaign;
import static io.opensdr.campaign.domain.CampaignMother.anActiveCampaign;
import static io.opensdr.campaign.domain.CampaignMother.someSettings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class CampaignSetupTest {

    private static final Instant LATER = CREATED_AT.plusSeconds(3600);

    @Test
    void shouldListEveryMissingStepOfACampaignGivenOnlyItsNameAndSector() {
        Campaign started = Campaign.create("c-1", "w-1", CampaignSettings.started("Nordic fintech", "Fintech"), CREATED_AT);

        assertThat(started.publishable()).isFalse();
        assertThat(started.settings().missingForLaunch(false)).extracting(SetupGap::step, SetupGap::field)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, "targetProfile"),
                        org.assertj.core.groups.Tuple.tuple(3, "emailTemplate"),
                        org.assertj.core.groups.Tuple.tuple(4, "meeting"));
        assertThatThrownBy(() -> started.launch(LATER))
                .isInstanceOfSatisfying(IncompleteCampaignException.class,
                        e -> assertThat(e.missing()).hasSize(3));
    }

    @Test
    void shouldRefuseToLaunchUntilTheTemplateIsApproved() {
        assertThatThrownBy(() -> aDraftCampaign().launch(LATER))
                .isInstanceOfSatisfying(IncompleteCampaignException.class, e -> assertThat(e.missing())
                        .extracting(SetupGap::field).containsExactly("emailTemplate.approved"));

        assertThat(aDraftCampaign().approveTemplate(LATER).launch(LATER).status()).isEqualTo(CampaignStatus.ACTIVE);
    }

    @Test
    void shouldWithdrawTheApprovalWhenTheTemplateChangesAndKeepItWhenItDoesNot() {
        Campaign approved = aDraftCampaign().approveTemplate(LATER);
        EmailTemplate same = approved.settings().emailTemplate();

        assertThat(approved.setUp(approved.settings().withEmailTemplate(new EmailTemplate(same.subject(), same.body())), LATER)
                .templateApproved()).isTrue();
        assertThat(approved.setUp(approved.settings().withEmailTemplate(new EmailTemplate("New {{firstName}}", same.body())), LATER)
                .templateApproved()).isFalse();
    }

    @Test
    void shouldApproveATemplateOnceWithoutANewRevisionTheSecondTime() {
        Campaign approved = aDraftCampaign().approveTemplate(LATER);

        assertThat(approved.approveTemplate(LATER.plusSeconds(1))).isSameAs(approved);
        assertThat(approved.revision()).isEqualTo(2);
    }

    @Test
    void shouldAskForTheSchedulerLinkOnlyWhenTheTemplateUsesIt() {
        CampaignSettings noLink = someSettings().withMeeting(new MeetingAvailability(List.of(DayOfWeek.MONDAY), 9, 17,
                ZoneId.of("Europe/Paris"), null));

        assertThat(noLink.missingForLaunch(true)).extracting(SetupGap::field).containsExactly("meeting.schedulerLink");
        assertThat(noLink.withEmailTemplate(new EmailTemplate("Hi {{firstName}}", "Shall we talk? {{senderName}}"))
                .missingForLaunch(true)).isEmpty();
    }

    @Test
    void shouldChangeSetupStepsOnlyWhileADraft() {
        assertThatThrownBy(() -> anActiveCampaign().setUp(someSettings().withNameAndSector("Other", "Other"), LATER))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageStartingWith("The setup of an ACTIVE campaign cannot change");
    }

    @Test
    void shouldTuneTheSendingOfARunningCampaignButNotItsSource() {
        Campaign active = anActiveCampaign();
        SendingWindow window = new SendingWindow(List.of(DayOfWeek.TUESDAY), 8, 12, ZoneId.of("Europe/Berlin"), 40);

        Campaign tuned = active.tune(active.settings().withSending(window, new SenderIdentity("ana@acme.example", "Ana", 25)), LATER);

        assertThat(tuned.settings().sending()).isEqualTo(window);
        assertThat(tuned.revision()).isEqualTo(active.revision() + 1);
        assertThatThrownBy(() -> active.tune(active.settings().withProspecting(ProspectSource.CSV, 100), LATER))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("prospect source of a launched campaign cannot change");
        assertThatThrownBy(() -> aStoppedCampaign().tune(active.settings(), LATER))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void shouldCompleteAnActiveOrPausedCampaignAndNothingElse() {
        assertThat(anActiveCampaign().complete(LATER).status()).isEqualTo(CampaignStatus.COMPLETED);
        assertThat(aPausedCampaign().complete(LATER).status()).isEqualTo(CampaignStatus.COMPLETED);
        assertThatThrownBy(() -> aDraftCampaign().complete(LATER)).hasMessage("A DRAFT campaign cannot be completed");
        assertThatThrownBy(() -> aStoppedCampaign().complete(LATER)).hasMessage("A STOPPED campaign cannot be completed");
        Campaign completed = anActiveCampaign().complete(LATER);
        assertThatThrownBy(() -> completed.resume(LATER)).hasMessage("A COMPLETED campaign cannot be resumed");
    }

    @Test
    void shouldRefuseAnImpossibleSendingWindowOrSender() {
        assertThatThrownBy(() -> new SendingWindow(List.of(), 9, 17, null, 10)).hasMessage("must name at least one day");
        assertThatThrownBy(() -> new SendingWindow(List.of(DayOfWeek.MONDAY), 17, 9, null, 10))
                .hasMessage("must be later than the start hour");
        assertThatThrownBy(() -> new SenderIdentity("not-an-address", "Ana", 10))
                .isInstanceOf(InvalidFieldException.class);
        assertThatThrownBy(() -> new SenderIdentity("ana@acme.example", "Ana\r\nBcc: x@y.z", 10))
                .isInstanceOf(InvalidFieldException.class);
    }
}
