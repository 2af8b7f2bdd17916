package io.opensdr.campaign.persistence;

import io.opensdr.campaign.domain.ProspectRecord;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A prospect of the read model, keyed by prospect id, written with field-level updates (see
 * {@link MongoProspectStore}). The indexes serve the prospect list's keyset pages, newest first:
 * equality on workspace (and campaign, status when filtered), then the sort; the score range, hot
 * and source filters are checked on the entries the index walks.
 */
@Document(ProspectDocument.COLLECTION)
@CompoundIndexes({
        @CompoundIndex(name = ProspectDocument.BY_WORKSPACE, def = "{'workspaceId': 1, 'createdAt': -1, '_id': -1}"),
        @CompoundIndex(name = ProspectDocument.BY_CAMPAIGN, def = "{'workspaceId': 1, 'campaignId': 1, 'createdAt': -1, '_id': -1}"),
        @CompoundIndex(name = ProspectDocument.BY_STATUS, def = "{'workspaceId': 1, 'status': 1, 'createdAt': -1, '_id': -1}"),
        @CompoundIndex(name = ProspectDocument.BY_CAMPAIGN_STATUS,
                def = "{'workspaceId': 1, 'campaignId': 1, 'status': 1, 'createdAt': -1, '_id': -1}")
})
record ProspectDocument(
        @Id String id,
        String workspaceId,
        String campaignId,
        String source,
        ProspectRecord.Person person,
        String status,
        Integer score,
        Boolean hot,
        BantDocument bant,
        List<ProspectRecord.Signal> signals,
        ReviewDocument review,
        Instant createdAt) {

    static final String COLLECTION = "prospects";
    static final String BY_WORKSPACE = "workspace_created";
    static final String BY_CAMPAIGN = "workspace_campaign_created";
    static final String BY_STATUS = "workspace_status_created";
    static final String BY_CAMPAIGN_STATUS = "workspace_campaign_status_created";

    record BantDocument(int score, ProspectRecord.Criterion budget, ProspectRecord.Criterion authority,
                        ProspectRecord.Criterion need, ProspectRecord.Criterion timeline, int threshold, String decision,
                        boolean hot, boolean contactable, Instant decidedAt) {
    }

    record ReviewDocument(String decision, String reviewedBy, Instant reviewedAt, String reason) {
    }
}
