package io.opensdr.campaign.domain;

import java.time.Instant;
import java.util.List;

/**
 * One prospect as campaign-service knows it, from ProspectFound and ProspectQualified: who they
 * are, the qualifier's BANT breakdown, and a human's review when the qualifier left them to review.
 *
 * @param status    PENDING until scored, then the qualifier's decision, or the reviewer's for a REVIEW prospect
 * @param bant      null until scored
 * @param review    null unless a human decided on a REVIEW prospect
 */
public record ProspectRecord(String id, String workspaceId, String campaignId, ProspectSource source,
                             Person person, ProspectStatus status, Bant bant, List<Signal> signals, Review review,
                             Instant createdAt) {

    public ProspectRecord {
        signals = signals == null ? List.of() : List.copyOf(signals);
    }

    /** What the prospect list and the review queue show of the person, and what a draft is addressed with. */
    public record Person(String firstName, String lastName, String email, String title, String companyName,
                         String companyDomain, String industry, String timeZone) {
    }

    /** The qualifier's assessment: the total, each criterion with its reason, and its decision. */
    public record Bant(int score, Criterion budget, Criterion authority, Criterion need, Criterion timeline,
                       int threshold, Qualification decision, boolean hot, boolean contactable, Instant decidedAt) {
    }

    public record Criterion(int score, String reason) {
    }

    /** A buying signal as the qualifier passed it on (kept for the draft a human qualification leads to). */
    public record Signal(String type, Instant observedAt, String detail) {
    }

    public record Review(ReviewDecision decision, String reviewedBy, Instant reviewedAt, String reason) {
    }

    public ProspectRef ref() {
        return new ProspectRef(workspaceId, campaignId, id);
    }
}
