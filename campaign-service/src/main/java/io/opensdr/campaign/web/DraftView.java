package io.opensdr.campaign.web;

import io.opensdr.campaign.domain.Draft;
import io.opensdr.campaign.domain.DraftStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/**
 * A draft in the review queue, as the API shows it, with its prospect's BANT breakdown (each
 * criterion's score and reason) when the qualification is known here, else null.
 */
public record DraftView(String id, String campaignId, String prospectId, Recipient recipient, String subject,
                        String body, int bantScore, DraftStatus status, Instant createdAt, @Schema(nullable = true) ProspectView.Bant bant) {

    public record Recipient(String firstName, String lastName, String email, String title, String companyName) {
    }

    static DraftView of(Draft draft) {
        return of(draft, null);
    }

    static DraftView of(Draft draft, io.opensdr.campaign.domain.ProspectRecord prospect) {
        io.opensdr.campaign.domain.Recipient recipient = draft.recipient();
        return new DraftView(draft.id(), draft.campaignId(), draft.prospectId(),
                new Recipient(recipient.firstName(), recipient.lastName(), recipient.email(), recipient.title(),
                        recipient.companyName()),
                draft.subject(), draft.body(), draft.bantScore(), draft.status(), draft.createdAt(),
                ProspectView.bantOf(prospect));
    }
}
