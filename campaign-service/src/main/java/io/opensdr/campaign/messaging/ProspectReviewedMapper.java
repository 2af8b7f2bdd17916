package io.opensdr.campaign.messaging;

import io.opensdr.campaign.domain.ProspectRecord;
import io.opensdr.events.BuyingSignal;
import io.opensdr.events.Contact;
import io.opensdr.events.ProspectReviewed;
import io.opensdr.events.ReviewDecision;
import io.opensdr.events.SignalType;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** A human review as the ProspectReviewed event: the decision, with the contact and signals outreach drafts from. */
@Component
public class ProspectReviewedMapper {

    public ProspectReviewed toEvent(ProspectRecord prospect, ProspectRecord.Review review) {
        ProspectRecord.Person person = prospect.person();
        return ProspectReviewed.newBuilder()
                .setEventId(UUID.randomUUID())
                .setOccurredAt(review.reviewedAt())
                .setWorkspaceId(prospect.workspaceId())
                .setCampaignId(prospect.campaignId())
                .setProspectId(prospect.id())
                .setDecision(ReviewDecision.valueOf(review.decision().name()))
                .setContact(Contact.newBuilder()
                        .setFirstName(person.firstName())
                        .setLastName(person.lastName())
                        .setEmail(person.email())
                        .setTitle(person.title())
                        .setCompanyName(person.companyName())
                        .setCompanyDomain(person.companyDomain())
                        .setIndustry(person.industry())
                        .setTimeZone(person.timeZone())
                        .build())
                .setTotalScore(prospect.bant() == null ? 0 : prospect.bant().score())
                .setContactable(prospect.bant() != null && prospect.bant().contactable())
                .setSignals(prospect.signals().stream().map(signal -> BuyingSignal.newBuilder()
                        .setType(SignalType.valueOf(signal.type()))
                        .setObservedAt(signal.observedAt())
                        .setDetail(signal.detail())
                        .build()).toList())
                .setReason(review.reason())
                .setReviewedBy(review.reviewedBy())
                .build();
    }
}
