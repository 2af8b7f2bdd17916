package io.opensdr.qualifier.persistence;

import io.opensdr.kit.outbox.OutboxEntry;
import io.opensdr.qualifier.domain.Prospect;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A prospect's assessment in the {@code assessments} collection, keyed by prospectId and inserted
 * once, after its ProspectQualified was written to {@code assessments_events} under an id derived
 * from the prospect's: a second insert for the same prospect fails on the _id, which is how a
 * redelivered ProspectFound produces no second event ({@link MongoAssessmentStore#recordAllIfNew}).
 * A re-decision's ProspectQualified goes into the document's own {@code outbox}.
 *
 * <p>The four criteria are kept with their scores, so a change of the campaign's weights or
 * thresholds re-decides the prospect without scoring it again; the prospect is kept so that the
 * new decision can be announced with its contact. {@code rulesRevision} is the campaign revision
 * that decided; a re-decision only replaces an older one. The indexes serve the per-campaign
 * score histogram (campaignId, totalScore) and the re-decision scan (campaignId, rulesRevision).
 * {@code contacted} is set once outreach sent the prospect an email: such an assessment is never
 * re-decided.
 */
@Document(AssessmentDocument.COLLECTION)
@CompoundIndexes({
        @CompoundIndex(name = "campaign_score", def = "{'campaignId': 1, 'totalScore': 1}"),
        @CompoundIndex(name = "campaign_revision", def = "{'campaignId': 1, 'rulesRevision': 1}")
})
record AssessmentDocument(
        @Id String id,
        String workspaceId,
        String campaignId,
        int totalScore,
        Criterion budget,
        Criterion authority,
        Criterion need,
        Criterion timeline,
        int threshold,
        String decision,
        boolean hot,
        boolean contactable,
        String scoredBy,
        String fallbackReason,
        Instant assessedAt,
        long rulesRevision,
        Prospect prospect,
        String profileFingerprint,
        boolean contacted,
        List<OutboxEntry> outbox) {

    static final String COLLECTION = "assessments";

    record Criterion(int score, String reason) {
    }
}
