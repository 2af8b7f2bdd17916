package io.opensdr.outreach.messaging;

import static io.opensdr.outreach.messaging.OutreachEventMother.aCampaignSnapshot;
import static io.opensdr.outreach.messaging.OutreachEventMother.aContact;
import static io.opensdr.outreach.messaging.OutreachEventMother.aProspectQualified;
import static io.opensdr.outreach.messaging.OutreachEventMother.aProspectReviewed;
import static io.opensdr.outreach.messaging.OutreachEventMother.anEmailApproved;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opensdr.events.CampaignStatus;
import io.opensdr.events.QualificationDecision;
import io.opensdr.events.ReviewDecision;
import io.opensdr.events.Sender;
import io.opensdr.kit.messaging.InvalidEventException;
import io.opensdr.outreach.domain.ApprovedEmail;
import io.opensdr.outreach.domain.BuyingSignal;
import io.opensdr.outreach.domain.ProspectSource;
import io.opensdr.outreach.domain.Campaign;
import io.opensdr.outreach.domain.QualifiedProspect;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class InboundMappersTest {

    @Test
    void shouldKeepWhatOutreachNeedsOfACampaignSnapshot() {
        Campaign campaign = CampaignSnapshotMapper.toCampaign(
                aCampaignSnapshot("campaign-1", 4, CampaignStatus.PAUSED, "sales@opensdr.example").build());

        assertThat(campaign.revision()).isEqualTo(4);
        assertThat(campaign.status()).isEqualTo(io.opensdr.outreach.domain.CampaignStatus.PAUSED);
        assertThat(campaign.sender().email()).isEqualTo("sales@opensdr.example");
        assertThat(campaign.sender().dailyCap()).isEqualTo(30);
        assertThat(campaign.meetingLink()).isEqualTo("https://cal.example/camille/30min");
        assertThat(campaign.template().subject()).isEqualTo(OutreachEventMother.SUBJECT);
        assertThat(campaign.name()).isEqualTo("Logistics VPs, France");
        assertThat(campaign.sector()).isEqualTo("Logistics");
        assertThat(campaign.source()).isEqualTo(ProspectSource.DEMO);
    }

    @Test
    void shouldKeepTheSourceTheFooterNames() {
        Campaign campaign = CampaignSnapshotMapper.toCampaign(aCampaignSnapshot("campaign-1", 4, CampaignStatus.ACTIVE,
                "sales@opensdr.example").setSource(io.opensdr.events.ProspectSource.CSV).build());

        assertThat(campaign.source()).isEqualTo(ProspectSource.CSV);
    }

    @Test
    void shouldKeepTheProspectsSignals() {
        Instant seen = Instant.parse("2026-11-12T09:00:00Z");
        QualifiedProspect prospect = ProspectQualifiedMapper.toQualifiedProspect(
                aProspectQualified("p1", "c1", "claire@acme.example").setSignals(List.of(signal(seen, "Raised a Series B"))).build());

        assertThat(prospect.signals()).containsExactly(
                new BuyingSignal(BuyingSignal.SignalType.FUNDING, seen, "Raised a Series B"));
    }

    @Test
    void shouldReadAQualificationWithoutSignalsAsHavingNone() {
        QualifiedProspect prospect = ProspectQualifiedMapper.toQualifiedProspect(
                aProspectQualified("p1", "c1", "claire@acme.example").build());

        assertThat(prospect.signals()).isEmpty();
    }

    @Test
    void shouldRejectImpossibleSignals() {
        Instant seen = Instant.parse("2026-11-12T09:00:00Z");
        assertThatThrownBy(() -> ProspectQualifiedMapper.toQualifiedProspect(aProspectQualified("p1", "c1", "c@acme.example")
                .setSignals(List.of(signal(seen, " "))).build()))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("without type, date or detail");
        assertThatThrownBy(() -> ProspectQualifiedMapper.toQualifiedProspect(aProspectQualified("p1", "c1", "c@acme.example")
                .setSignals(List.of(signal(seen, "x".repeat(1001)))).build()))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("1001 characters");
        assertThatThrownBy(() -> ProspectQualifiedMapper.toQualifiedProspect(aProspectQualified("p1", "c1", "c@acme.example")
                .setSignals(Collections.nCopies(201, signal(seen, "Hiring"))).build()))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("201 signals");
    }

    @Test
    void shouldReadAHumanQualificationAsAQualifiedProspectThatDeservesADraft() {
        QualifiedProspect prospect = ProspectReviewedMapper.toQualifiedProspect(
                aProspectReviewed("p1", "c1", "claire@acme.example").build());

        assertThat(prospect.decision()).isEqualTo(io.opensdr.outreach.domain.QualificationDecision.QUALIFIED);
        assertThat(prospect.bantScore()).isEqualTo(58);
        assertThat(prospect.workspaceId()).isEqualTo("workspace-1");
        assertThat(prospect.deservesDraft()).isTrue();
    }

    @Test
    void shouldNeverDraftAProspectAHumanRejected() {
        QualifiedProspect prospect = ProspectReviewedMapper.toQualifiedProspect(
                aProspectReviewed("p1", "c1", "claire@acme.example").setDecision(ReviewDecision.REJECTED).build());

        assertThat(prospect.deservesDraft()).isFalse();
    }

    @Test
    void shouldRejectABrokenReviewDecision() {
        assertThatThrownBy(() -> ProspectReviewedMapper.toQualifiedProspect(
                aProspectReviewed("p1", "c1", "claire@acme.example").setTotalScore(140).build()))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("outside 0-100");
        assertThatThrownBy(() -> ProspectReviewedMapper.toQualifiedProspect(
                aProspectReviewed("p1", "c1", "claire@acme.example").setContact(aContact(null).build()).build()))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("contactable but has no email");
        assertThatThrownBy(() -> ProspectReviewedMapper.toQualifiedProspect(
                aProspectReviewed(" ", "c1", "claire@acme.example").build()))
                .isInstanceOf(InvalidEventException.class);
    }

    private static io.opensdr.events.BuyingSignal signal(Instant seen, String detail) {
        return io.opensdr.events.BuyingSignal.newBuilder().setType(io.opensdr.events.SignalType.FUNDING)
                .setObservedAt(seen).setDetail(detail).build();
    }

    @Test
    void shouldRejectASnapshotWithoutSenderAddress() {
        var snapshot = aCampaignSnapshot("campaign-1", 1, CampaignStatus.ACTIVE, "sales@opensdr.example")
                .setSender(Sender.newBuilder().setFromEmail(" ").setFromName("Camille").build()).build();

        assertThatThrownBy(() -> CampaignSnapshotMapper.toCampaign(snapshot))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("sender.fromEmail");
    }

    @Test
    void shouldRejectAContactableProspectWithoutEmail() {
        var event = aProspectQualified("prospect-1", "campaign-1", "x@acme.example")
                .setContact(aContact(null).build()).build();

        assertThatThrownBy(() -> ProspectQualifiedMapper.toQualifiedProspect(event))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("no email");
    }

    @Test
    void shouldAcceptARejectedProspectWithoutEmail() {
        var event = aProspectQualified("prospect-1", "campaign-1", null)
                .setContact(aContact(null).build()).setDecision(QualificationDecision.REJECTED).setContactable(false).build();

        QualifiedProspect prospect = ProspectQualifiedMapper.toQualifiedProspect(event);

        assertThat(prospect.deservesDraft()).isFalse();
    }

    @Test
    void shouldKeepTheApprovedTextExactly() {
        var event = anEmailApproved("prospect-1", "campaign-1", "claire@acme.example").build();

        ApprovedEmail approved = EmailApprovedMapper.toApprovedEmail(event);

        assertThat(approved.subject()).isEqualTo(event.getSubject());
        assertThat(approved.body()).isEqualTo(event.getBody());
        assertThat(approved.recipientEmail()).isEqualTo("claire@acme.example");
        assertThat(approved.recipientName()).isEqualTo("Claire Martin");
        assertThat(approved.step()).isEqualTo(1);
    }

    @Test
    void shouldRejectAnApprovalWithoutRecipientEmail() {
        var event = anEmailApproved("prospect-1", "campaign-1", null).build();

        assertThatThrownBy(() -> EmailApprovedMapper.toApprovedEmail(event))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("recipient.email");
    }
}
