package io.opensdr.campaign.persistence;

import io.opensdr.campaign.domain.ProspectRecord;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A prospect of the read model, keyed by prospect id, written with field-level updates (see
 * {@link MongoProspectStore}); its pages are served by the {@link ProspectList}, not by an index here.
 */
@Document(ProspectDocument.COLLECTION)
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
        Instant createdAt,
        Listed listed) {

    static final String COLLECTION = "prospects";

    record BantDocument(int score, ProspectRecord.Criterion budget, ProspectRecord.Criterion authority,
                        ProspectRecord.Criterion need, ProspectRecord.Criterion timeline, int threshold, String decision,
                        boolean hot, boolean contactable, Instant decidedAt) {
    }

    record ReviewDocument(String decision, String reviewedBy, Instant reviewedAt, String reason) {
    }

    /** The prospect's positions in its workspace's list ({@code w}) and its campaign's ({@code c}); see {@link ProspectList}. */
    record Listed(Long w, Long c) {

        Long in(boolean campaignList) {
            return campaignList ? c : w;
        }
    }
}
