package io.opensdr.prospector.persistence;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A campaign in the {@code campaigns} collection: the fields of its latest snapshot, written by
 * the snapshot listener, and the prospector's own progress, written by the search. The two
 * writers touch disjoint fields, so neither overwrites the other; the only field both write is
 * the cursor (and the source's state), which a snapshot with a new target profile resets, and the
 * search moves only while the revision it read is still the stored one. {@code traceparent} is the
 * trace context of the latest snapshot, which the search's prospects continue.
 */
@Document(CampaignDocument.COLLECTION)
record CampaignDocument(
        @Id String id,
        String workspaceId,
        long revision,
        String status,
        String source,
        TargetProfileDocument targetProfile,
        int dailyQuota,
        long cursor,
        String day,
        int foundToday,
        long totalFound,
        SourceStatusDocument sourceStatus,
        Integer enriching,
        Instant enrichingSince,
        String traceparent) {

    static final String COLLECTION = "campaigns";

    /** How the campaign's source stood at the last search; null before the first one. */
    record SourceStatusDocument(String state, String detail, Instant at, Instant retryAt) {
    }

    record TargetProfileDocument(List<String> titles, List<String> seniorities, List<String> companySizes,
                                 List<String> industries, List<String> countries) {
    }
}
