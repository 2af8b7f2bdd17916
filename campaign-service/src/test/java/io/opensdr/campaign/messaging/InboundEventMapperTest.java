package io.opensdr.campaign.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opensdr.campaign.domain.Draft;
import io.opensdr.campaign.domain.DraftStatus;
import io.opensdr.campaign.domain.Engagement;
import io.opensdr.campaign.domain.MeetingChange;
import io.opensdr.campaign.domain.Qualification;
import io.opensdr.events.Contact;
import io.opensdr.events.EngagementType;
import io.opensdr.events.MeetingStatus;
import io.opensdr.events.QualificationDecision;
import io.opensdr.kit.messaging.InvalidEventException;
import org.junit.jupiter.api.Test;

class InboundEventMapperTest {

    private final InboundEventMapper mapper = new InboundEventMapper();

    @Test
    void shouldTurnADraftedEmailIntoAPendingDraft() {
        var event = PipelineEventsMother.anEmailDrafted("workspace-1", "campaign-1", "prospect-1", "draft-1").build();

        Draft draft = mapper.toDraft(event);

        assertThat(draft.id()).isEqualTo("draft-1");
        assertThat(draft.status()).isEqualTo(DraftStatus.PENDING);
        assertThat(draft.createdAt()).isEqualTo(event.getOccurredAt());
        assertThat(draft.recipient().email()).isEqualTo(event.getRecipient().getEmail());
        assertThat(draft.bantScore()).isEqualTo(event.getBantScore());
    }

    @Test
    void shouldRefuseADraftWithoutARecipientEmail() {
        var event = PipelineEventsMother.anEmailDrafted("workspace-1", "campaign-1", "prospect-1", "draft-1")
                .setRecipient(Contact.newBuilder(PipelineEventsMother.aContact()).setEmail(null).build())
                .build();

        assertThatThrownBy(() -> mapper.toDraft(event))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("recipient.email");
    }

    @Test
    void shouldRefuseADraftWithoutDraftIdOrCampaign() {
        assertThatThrownBy(() -> mapper.toDraft(
                PipelineEventsMother.anEmailDrafted("workspace-1", "campaign-1", "prospect-1", " ").build()))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("draftId");
        assertThatThrownBy(() -> mapper.toDraft(
                PipelineEventsMother.anEmailDrafted("workspace-1", "", "prospect-1", "draft-1").build()))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("campaignId");
    }

    @Test
    void shouldRefuseADraftWithABantScoreOutOfRange() {
        var event = PipelineEventsMother.anEmailDrafted("workspace-1", "campaign-1", "prospect-1", "draft-1")
                .setBantScore(140).build();

        assertThatThrownBy(() -> mapper.toDraft(event)).isInstanceOf(InvalidEventException.class);
    }

    @Test
    void shouldRefuseAProgressEventWithoutProspect() {
        var event = PipelineEventsMother.anEmailSent("workspace-1", "campaign-1", "").build();

        assertThatThrownBy(() -> mapper.prospectOf(event))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("prospectId");
    }

    @Test
    void shouldMapEveryDecisionEngagementAndMeetingStatus() {
        for (QualificationDecision decision : QualificationDecision.values()) {
            assertThat(mapper.qualificationOf(PipelineEventsMother.aProspectQualified("w", "c", "p", decision).build()))
                    .isEqualTo(Qualification.valueOf(decision.name()));
        }
        for (EngagementType type : EngagementType.values()) {
            assertThat(mapper.engagementOf(PipelineEventsMother.anEngagement("w", "c", "p", type).build()))
                    .isEqualTo(Engagement.valueOf(type.name()));
        }
        for (MeetingStatus status : MeetingStatus.values()) {
            assertThat(mapper.meetingChangeOf(PipelineEventsMother.aMeetingBooked("w", "c", "p").setStatus(status).build()))
                    .isEqualTo(MeetingChange.valueOf(status.name()));
        }
    }
}
