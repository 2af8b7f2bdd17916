package io.opensdr.prospector.sources.rocketreach;

import io.opensdr.prospector.domain.Candidate;
import io.opensdr.prospector.domain.ProspectPriority;
import io.opensdr.prospector.domain.ProspectSource;
import io.opensdr.prospector.domain.RankedCandidate;
import io.opensdr.prospector.domain.SearchPage;
import io.opensdr.prospector.domain.SourceKind;
import io.opensdr.prospector.domain.SourceUnavailableException;
import io.opensdr.prospector.domain.TargetProfile;
import io.opensdr.prospector.sources.rocketreach.RocketReachException.Reason;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * relevance order and keep it: each candidate carries its {@link ProspectPriority}, but a page is not
 * re-ordered by it, because the campaign's cursor moves one position per candidate handled, and a
 * tick cut short (a pause, a crash) in a re-ordered page would leave people at earlier positions
 * behind the cursor, never to be read again. A ranking of the whole result list would need a lookup,
 * and so a credit, for every person in it.
 *
 * <p>Profiles are looked up in RocketReach's order and the page returned is the prefix looked up:
 * when the quota runs out, or RocketReach fails after some lookups succeeded, the page is shorter
 * and the next cursor points at the first person not looked up. When the quota is spent before any
 * lookup, the search throws {@link SourceUnavailableException} with the quota's numbers and the
 * time it resets (the campaign's progress shows it) and asks nothing of RocketReach. RocketReach's
 * own failures (429 after the retries, 5xx, a refused key, an unreadable answer) are turned into
 * the same exception, with a wait that fits each (see {@link #unavailable}).
 * Suppressed profiles and profiles without an id, a name, a title or an employer are skipped
 * without a lookup; the next cursor counts them (see {@link SearchPage#nextCursor()}).
 */
public class RocketReachSource implements ProspectSource {

    private static final Logger log = LoggerFactory.getLogger(RocketReachSource.class);

    /** Lookups remembered, so that a page read twice (a tick cut short, a skipped profile) costs no second credit. */
    private static final int REMEMBERED_LOOKUPS = 1_000;
    /** RocketReach pages one search may read when every profile on them is skipped. */
    static final int MAX_PAGES_PER_SEARCH = 3;

    private final RocketReachClient client;
    private final LookupQuota quota;
    private final Clock clock;
    private final Map<Long, RocketReachProfile> lookedUp = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, RocketReachProfile> eldest) {
            return size() > REMEMBERED_LOOKUPS;
        }
    };
    private final AtomicReference<LocalDate> exhaustedOn = new AtomicReference<>();

    public RocketReachSource(RocketReachClient client, LookupQuota quota, Clock clock) {
        this.client = client;
        this.quota = quota;
        this.clock = clock;
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
        LookupQuota.Status before = quota.status();
        if (before.exhausted()) {
            throw quotaSpent(before); // before searching: a search would be wasted
        }
        Map<String, List<String>> query = SearchFacets.of(profile);
        List<RankedCandidate> page = new ArrayList<>();
        long position = cursor;
        boolean stopped = false;
        // A page whose every profile is skipped is not the end of the results: read the next one,
        // a few at most, so that an empty answer keeps meaning "nobody more".
        for (int read = 0; page.isEmpty() && !stopped && read < MAX_PAGES_PER_SEARCH; read++) {
            if (position >= RocketReachClient.MAX_START) {
                log.info("RocketReach serves the first {} results of a search only; this profile has no more",
                        RocketReachClient.MAX_START);
                break;
            }
            int pageSize = (int) Math.min(Math.min(limit, RocketReachClient.MAX_PAGE_SIZE), RocketReachClient.MAX_START - position);
            RocketReachClient.SearchResult result;
            try {
                result = client.search(query, (int) position + 1, pageSize);
            } catch (RocketReachException e) {
                throw unavailable(e);
            }
            if (result.positions().isEmpty()) {
                break; // nobody more
            }
            List<Optional<RocketReachProfile>> entries = result.positions();
            // Never more than asked for, whatever comes back: the cursor counts what was read.
            for (Optional<RocketReachProfile> entry : entries.subList(0, Math.min(entries.size(), pageSize))) {
                if (entry.isEmpty() || entry.get().suppressed() || RocketReachCandidates.toCandidate(entry.get(), null).isEmpty()) {
                    position++; // unusable, costs nothing: skipped
                    continue;
                }
                RocketReachProfile searched = entry.get();
                RocketReachProfile enriched;
                try {
                    enriched = lookUp(searched.id());
                } catch (RocketReachException e) {
                    if (page.isEmpty()) {
                        throw unavailable(e); // nothing kept: the campaign's cursor stays where it was
                    }
                    log.warn("RocketReach lookup failed after {} candidates of this page; keeping those: {}", page.size(),
                            e.getMessage());
                    stopped = true;
                    break;
                }
                if (enriched == null) {
                    LookupQuota.Status spent = quota.status();
                    if (page.isEmpty()) {
                        throw quotaSpent(spent);
                    }
                    reportSpent(spent); // the next search says it to the campaign's progress
                    stopped = true;
                    break;
                }
                position++;
                Optional<Candidate> candidate = RocketReachCandidates.toCandidate(searched, enriched);
                if (candidate.isPresent() && !enriched.suppressed()) {
                    page.add(new RankedCandidate(candidate.get(), ProspectPriority.of(candidate.get(), profile)));
                }
            }
        }
        // In RocketReach's order, never re-ordered: see the class comment.
        return new SearchPage(page, position);
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

    private SourceUnavailableException quotaSpent(LookupQuota.Status status) {
        reportSpent(status);
        return new SourceUnavailableException(status.describe(), Duration.between(clock.instant(), status.resetsAt()));
    }

    /** Says it once a day in the log; the campaign's progress says it every time. */
    private void reportSpent(LookupQuota.Status status) {
        if (!status.day().equals(exhaustedOn.getAndSet(status.day()))) {
            log.warn("{}; no more RocketReach prospects until {}", status.describe(), status.resetsAt());
        }
    }

    /**
     * RocketReach failed: the campaign's progress shows why, and the prospecting service leaves it
     * alone for a while: what a 429 asked, a minute when it is down, longer when waiting alone
     * will not fix it (a refused key, answers we cannot read).
     */
    static SourceUnavailableException unavailable(RocketReachException e) {
        Duration wait = switch (e.reason()) {
            case RATE_LIMITED -> e.retryAfter().orElse(Duration.ofMinutes(1));
            case UNAVAILABLE -> Duration.ofMinutes(1);
            case BAD_RESPONSE, REJECTED -> Duration.ofMinutes(5);
            case CONFIGURATION -> Duration.ofMinutes(15);
        };
        if (e.reason() == Reason.CONFIGURATION) {
            log.error("{}", e.getMessage());
        }
        return new SourceUnavailableException(e.getMessage(), wait, e);
    }
}
