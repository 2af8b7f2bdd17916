package io.opensdr.campaign.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The prospects read model, written idempotently from ProspectFound and ProspectQualified (either
 * may arrive first, each more than once), and the human reviews of REVIEW prospects, each recorded
 * once with its ProspectReviewed event.
 */
public interface ProspectStore {

    void found(ProspectRecord found);

    /** Keeps the newest assessment; the status follows it unless a human already reviewed the prospect. */
    void qualified(ProspectRecord qualified);

    Optional<ProspectRecord> find(String workspaceId, String prospectId);

    Map<String, ProspectRecord> findAll(String workspaceId, Collection<String> prospectIds);

    /** One page, newest first, of at most {@code filter.limit()} prospects (see {@link ProspectSlice} for a shorter one). */
    ProspectSlice page(String workspaceId, ProspectFilter filter);

    /**
     * Records the review and its ProspectReviewed event once per prospect.
     *
     * @return the review that holds: this one, or the one recorded before (a second press, a race)
     */
    ProspectRecord.Review reviewOnce(ProspectRecord prospect, ProspectRecord.Review review);

}
