package io.opensdr.prospector.domain;

import java.util.List;

/**
 * The next candidates of a search, best first, and the cursor that follows the last of them.
 * An empty page means the source has nobody more for this profile.
 */
public record SearchPage(List<RankedCandidate> candidates, long nextCursor) {

    public SearchPage {
        candidates = List.copyOf(candidates);
    }
}
