package io.opensdr.outreach.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * What outreach holds about people (drafts, the send ledger, parked qualifications,
 * engagements), looked up by prospect or by address, and erased on request.
 */
public interface PersonRecords {

    /** The address outreach holds for a prospect of a workspace, its campaign and its latest email, if any. */
    Optional<KnownRecipient> recipientOf(String workspaceId, String prospectId);

    /** The prospects of a workspace that outreach holds with this address (compared trimmed and lower case). */
    List<KnownRecipient> withAddress(String workspaceId, String email);

    /**
     * Deletes or blanks every personal datum about these prospects of the workspace: drafts keep
     * only their ids (so that a redelivered qualification is not drafted again), parked
     * qualifications go, ledger entries keep their status and ids without address, name, subject
     * or body (an approved one is cancelled), engagements lose their detail. Idempotent.
     */
    ErasedRecords erase(String workspaceId, Collection<String> prospectIds);

    /**
     * A prospect as outreach knows it.
     *
     * @param emailId the latest send-ledger entry of the prospect; null when none was approved
     */
    record KnownRecipient(String prospectId, String campaignId, String email, String emailId) {
    }

    /** How many records an erasure changed, by kind. */
    record ErasedRecords(long drafts, long ledgerEntries, long parkedQualifications, long engagements) {
    }
}
