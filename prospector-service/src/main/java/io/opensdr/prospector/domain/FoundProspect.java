package io.opensdr.prospector.domain;

import java.time.Instant;
import java.util.List;

/**
 * A candidate kept for a campaign: the first time a workspace meets this person.
 *
 * @param prospectId stable id, given once when the prospect is first recorded
 */
public record FoundProspect(String prospectId, String workspaceId, String campaignId, SourceKind source,
                            RankedCandidate ranked, Instant foundAt) {

    public Candidate candidate() {
        return ranked.candidate();
    }

    /**
     * What makes two prospects the same person within a workspace: any shared normalised email,
     * LinkedIn URL, or name at the company's domain (see {@link ProspectIdentities}). Each key is
     * prefixed with the workspace.
     */
    public List<String> identities() {
        return ProspectIdentities.of(workspaceId, source, candidate());
    }

    public static String normaliseEmail(String email) {
        return ProspectIdentities.normaliseEmail(email);
    }
}
