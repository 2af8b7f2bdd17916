package io.opensdr.prospector.domain;

import java.time.Instant;
import java.util.Locale;

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
     * What makes two prospects the same person within a workspace: their normalised email, or,
     * for a person without email, their key in the source.
     */
    public String dedupKey() {
        Person person = candidate().person();
        if (person.hasEmail()) {
            return "email:" + normaliseEmail(person.email());
        }
        return "source:" + source + ":" + candidate().sourceKey();
    }

    public static String normaliseEmail(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }
}
