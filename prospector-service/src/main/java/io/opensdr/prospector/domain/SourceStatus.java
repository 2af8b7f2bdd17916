package io.opensdr.prospector.domain;

import java.time.Instant;

/**
 * What the last search of a campaign's source found out, filled by the prospecting service (the
 * {@link ProspectSource} port stays a plain search).
 *
 * @param detail  a human-readable reason, e.g. the source's own quota message; may be null
 * @param at      when the source was found in this state; null for NOT_SEARCHED
 * @param retryAt the source is not asked again for this campaign before then; null: at the next tick
 */
public record SourceStatus(SourceState state, String detail, Instant at, Instant retryAt) {

    public static SourceStatus notSearched() {
        return new SourceStatus(SourceState.NOT_SEARCHED, null, null, null);
    }

    public boolean waits(Instant now) {
        return retryAt != null && now.isBefore(retryAt);
    }
}
