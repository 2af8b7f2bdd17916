package io.opensdr.prospector.persistence;

import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A campaign in the {@code campaigns} collection: the fields of its latest snapshot, written by
 * the snapshot listener, and the prospector's own progress, written by the search. The two
 * writers touch disjoint fields, so neither overwrites the other.
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
        long totalFound) {

    static final String COLLECTION = "campaigns";

    record TargetProfileDocument(List<String> titles, List<String> seniorities, List<String> companySizes,
                                 List<String> industries, List<String> countries) {
    }
}
