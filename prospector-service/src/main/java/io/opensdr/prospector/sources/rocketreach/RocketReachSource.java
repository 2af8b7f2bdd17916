package io.opensdr.prospector.sources.rocketreach;

import io.opensdr.prospector.domain.Candidate;
import io.opensdr.prospector.domain.ProspectPriority;
import io.opensdr.prospector.domain.ProspectSource;
import io.opensdr.prospector.domain.RankedCandidate;
import io.opensdr.prospector.domain.SearchPage;
import io.opensdr.prospector.domain.SourceKind;
import io.opensdr.prospector.domain.TargetProfile;
import io.opensdr.prospector.sources.rocketreach.RocketReachException.Reason;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prospects from RocketReach: a search page for the campaign's profile (free), then a lookup of
 * each person on it (one credit each, counted by the {@link LookupQuota}) for their email, its
 * grade and a phone.
 *
 * <p>The cursor is the 0-based offset into RocketReach's result list ({@code start = cursor + 1});
 * RocketReach serves positions up to 10,000 and no further. Results come in RocketReach's own
 * relevance order; {@link ProspectPriority} ranks candidates <em>within each page only</em>, so the
 * best of a page goes first but a better person on a later page is not seen before this page is
 * done. A whole ranking would need the whole result list, and every lookup in it would cost a credit.
 *
 * <p>Profiles are looked up in RocketReach's order and the page returned is the prefix looked up:
 * when the quota runs out, or RocketReach fails after some lookups succeeded, the page is shorter
 * and the next cursor points at the first person not looked up. When the quota is spent before any
 * lookup, the page is empty and nothing is asked of RocketReach: no more candidates today.
 * Suppressed profiles and profiles without an id, a name, a title or an employer are skipped
 * without a lookup; the next cursor counts them (see {@link SearchPage#nextCursor()}).
 */
public class RocketReachSource implements ProspectSource {

    private static final Logger log = LoggerFactory.getLogger(RocketReachSource.class);

    private static final Comparator<RankedCandidate> BEST_FIRST = Comparator
            .comparingInt(RankedCandidate::priority).reversed()
            .thenComparing(ranked -> ranked.candidate().sourceKey());

    /** Lookups remembered, so that a page read twice (a tick cut short, a skipped profile) costs no second credit. */
    private static final int REMEMBERED_LOOKUPS = 1_000;

    private final RocketReachClient client;
    private final LookupQuota quota;
    private final Map<Long, RocketReachProfile> lookedUp = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, RocketReachProfile> eldest) {
            return size() > REMEMBERED_LOOKUPS;
        }
    };
    private final AtomicReference<LocalDate> exhaustedOn = new AtomicReference<>();

    public RocketReachSource(RocketReachClient client, LookupQuota quota) {
        this.client = client;
        this.quota = quota;
    }

    @Override
    public SourceKind kind() {
        return SourceKind.ROCKETREACH;
    }

    /** Today's and this month's lookups, for the progress API. */
    public LookupQuota.Status quotaStatus() {
        return quota.status();
    }

    @Override
    public SearchPage search(TargetProfile profile, long cursor, int limit) {
        if (limit < 1 || cursor < 0) {
            return new SearchPage(List.of(), Math.max(cursor, 0));
        }
        if (cursor >= RocketReachClient.MAX_START) {
            log.info("RocketReach serves the first {} results of a search only; this profile has no more", RocketReachClient.MAX_START);
            return new SearchPage(List.of(), cursor);
        }
        LookupQuota.Status before = quota.status();
        if (before.exhausted()) {
            reportExhausted(before);
            return new SearchPage(List.of(), cursor);
        }
        int pageSize = Math.min(limit, RocketReachClient.MAX_PAGE_SIZE);
        RocketReachClient.SearchResult result = client.search(SearchFacets.of(profile), (int) cursor + 1, pageSize);
        List<RankedCandidate> page = new ArrayList<>();
        long consumed = 0;
        for (Optional<RocketReachProfile> position : result.positions()) {
            if (position.isEmpty() || position.get().suppressed() || RocketReachCandidates.toCandidate(position.get(), null).isEmpty()) {
                consumed++; // unusable, costs nothing: skipped
                continue;
            }
            RocketReachProfile searched = position.get();
            RocketReachProfile enriched;
            try {
                enriched = lookUp(searched.id());
            } catch (RocketReachException e) {
                if (e.reason() == Reason.CONFIGURATION || page.isEmpty()) {
                    throw e; // nothing kept: the tick fails and the campaign's cursor stays where it was
                }
                log.warn("RocketReach lookup failed after {} candidates of this page; keeping those: {}", page.size(), e.getMessage());
                break;
            }
            if (enriched == null) {
                reportExhausted(quota.status());
                break;
            }
            Optional<Candidate> candidate = RocketReachCandidates.toCandidate(searched, enriched);
            consumed++;
            if (candidate.isPresent() && !enriched.suppressed()) {
                page.add(new RankedCandidate(candidate.get(), ProspectPriority.of(candidate.get(), profile)));
            }
        }
        // Ranked within this page only: RocketReach decides the order between pages.
        page.sort(BEST_FIRST);
        return new SearchPage(page, cursor + consumed);
    }

    /** The looked-up profile, from memory or for one credit; null when the quota is spent. */
    private RocketReachProfile lookUp(long id) {
        synchronized (lookedUp) {
            RocketReachProfile known = lookedUp.get(id);
            if (known != null) {
                return known;
            }
        }
        if (!quota.tryConsume()) {
            return null;
        }
        RocketReachProfile profile = client.lookup(id);
        if (profile.isComplete()) {
            synchronized (lookedUp) {
                lookedUp.put(id, profile);
            }
        }
        return profile;
    }

    private void reportExhausted(LookupQuota.Status status) {
        if (!status.day().equals(exhaustedOn.getAndSet(status.day()))) {
            log.warn("RocketReach lookup quota spent: {} of {} today{}; no more RocketReach prospects until it resets",
                    status.usedToday(), status.perDay(),
                    status.perMonth() == null ? "" : ", " + status.usedThisMonth() + " of " + status.perMonth() + " this month");
        }
    }
}
