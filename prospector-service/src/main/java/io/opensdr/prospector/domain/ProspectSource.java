package io.opensdr.prospector.domain;

/**
 * A place prospects come from: the demo directory, RocketReach, a CSV import.
 * A source returns candidates that match the target profile, each with its {@link ProspectPriority},
 * in an order that is stable for a given profile so that a stored cursor resumes where it was.
 * The campaign's cursor moves one position per candidate handled, so a page lists its candidates
 * in position order (the demo directory and CSV imports rank all their people best first; RocketReach
 * keeps its own relevance order); a source that reads positions it returns nobody for says where
 * its next page starts in {@link SearchPage#nextCursor()}.
 */
public interface ProspectSource {

    SourceKind kind();

    /** Up to {@code limit} candidates from position {@code cursor} of the ranked results. */
    SearchPage search(TargetProfile profile, long cursor, int limit);

    /**
     * The same search for one campaign. A source whose results depend only on the target profile
     * (the demo directory, RocketReach) need not override it; a source that holds people for one
     * campaign only (a CSV import) must, since the profile alone does not say whose they are.
     */
    default SearchPage search(Campaign campaign, long cursor, int limit) {
        return search(campaign.targetProfile(), cursor, limit);
    }
}
