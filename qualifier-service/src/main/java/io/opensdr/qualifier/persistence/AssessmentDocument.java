package io.opensdr.qualifier.persistence;

import io.opensdr.kit.outbox.OutboxEntry;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A prospect's assessment in the {@code assessments} collection, keyed by prospectId and inserted
 * once with its ProspectQualified in its outbox: a second insert for the same prospect fails on
 * the _id, which is how a redelivered ProspectFound produces no second event.
 */
@Document(AssessmentDocument.COLLECTION)
record AssessmentDocument(
        @Id String id,
        String workspaceId,
        @Indexed String campaignId,
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
        Instant assessedAt,
        List<OutboxEntry> outbox) {

    static final String COLLECTION = "assessments";

    record Criterion(int score, String reason) {
    }
}
