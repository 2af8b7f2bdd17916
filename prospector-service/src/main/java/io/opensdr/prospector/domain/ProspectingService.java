package io.opensdr.prospector.domain;

import io.opensdr.kit.tracing.TraceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The prospector's use cases: follow campaign snapshots, and at each tick take the next
 * candidates for every active campaign from its source, up to its daily quota, enrich them, and
 * keep the ones the workspace has not met yet.
 *
 * <p>Pause and stop: a snapshot is stored as soon as it arrives; a search checks the campaign's
 * stored revision after each read from the source and with every cursor move, so a tick in flight
 * stops at the first candidate after the new status is stored (at most the one candidate being
 * written at that instant is still recorded and announced).
 *
 * <p>Restarts: the cursor is stored with every examined candidate and the prospects store refuses
 * a person the workspace already has, so a restarted service resumes at the stored cursor, and a
 * candidate examined again (a crash between the two writes) is not announced twice.
 */
public class ProspectingService {

    private static final Logger log = LoggerFactory.getLogger(ProspectingService.class);

    /** How many candidates a tick may read per new prospect it wants, duplicates included. */
    static final int MAX_READ_PER_NEW = 10;
    /** How long an exhausted source is left alone before it is asked again for the same profile. */
    static final Duration EXHAUSTED_RECHECK = Duration.ofHours(1);
    /**
     * The same for a CSV source: a campaign's imported list grows whenever its user uploads a file,
     * and reading it is a local lookup, so it is asked again soon.
     */
    static final Duration EXHAUSTED_IMPORT_RECHECK = Duration.ofSeconds(10);
    /** The least time an unavailable source is left alone, whatever it said. */
    static final Duration UNAVAILABLE_MIN_WAIT = Duration.ofSeconds(10);
    /** A report of candidates in flight older than this is from a search that died with its instance. */
    static final Duration ENRICHING_STALE = Duration.ofMinutes(2);

    private final CampaignStore campaigns;
    private final ProspectStore prospects;
    private final Map<SourceKind, ProspectSource> sources = new EnumMap<>(SourceKind.class);
    private final ProspectEnricher enricher;
    private final int batchSize;
    private final Clock clock;
    private final Supplier<String> prospectIds;

    public ProspectingService(CampaignStore campaigns, ProspectStore prospects, List<ProspectSource> sources,
                              int batchSize, Clock clock) {
        this(campaigns, prospects, sources, batchSize, clock, () -> UUID.randomUUID().toString());
    }

    /** Sources that also know companies by domain (the demo directory) lend them to enrichment. */
    ProspectingService(CampaignStore campaigns, ProspectStore prospects, List<ProspectSource> sources,
                       int batchSize, Clock clock, Supplier<String> prospectIds) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, was " + batchSize);
        }
        this.campaigns = campaigns;
        this.prospects = prospects;
        sources.forEach(source -> this.sources.put(source.kind(), source));
        this.enricher = new ProspectEnricher(sources.stream()
                .filter(CompanyDirectory.class::isInstance).map(CompanyDirectory.class::cast).toList());
        this.batchSize = batchSize;
        this.clock = clock;
        this.prospectIds = prospectIds;
    }

    /** Keeps the newest snapshot; the search starts over when the target profile changed. */
    public void applySnapshot(Campaign snapshot) {
        Optional<CampaignState> held = campaigns.find(snapshot.campaignId());
        if (held.isPresent() && held.get().campaign().revision() >= snapshot.revision()) {
            return; // older, or the same one delivered again
        }
        boolean profileChanged = held.isPresent() && !held.get().campaign().targetProfile().equals(snapshot.targetProfile());
        campaigns.saveSnapshot(snapshot, profileChanged);
    }

    /** One tick of the pace: a batch for every active campaign. */
    public void prospectActiveCampaigns() {
        for (CampaignState state : campaigns.findActive()) {
            try {
                // The prospects found continue the trace of the snapshot that launched the campaign.
                TraceContext.within(state.traceparent(), "prospecting", () -> prospect(state));
            } catch (RuntimeException e) {
                // One campaign's failure must not starve the others; its state is unchanged,
                // so the next tick tries it again.
                log.warn("Prospecting for campaign {} failed: {}", state.campaign().campaignId(), e.toString());
            }
        }
    }

    /** Takes the next batch for one campaign; returns how many new prospects were found. */
    int prospect(CampaignState state) {
        Campaign campaign = state.campaign();
        if (!campaign.isActive()) {
            return 0;
        }
        CampaignProgress progress = state.progress();
        Instant now = clock.instant();
        ProspectSource source = sources.get(campaign.source());
        if (source == null) {
            if (progress.source().state() != SourceState.NO_SOURCE) {
                campaigns.reportSource(campaign.campaignId(), new SourceStatus(SourceState.NO_SOURCE,
                        "This service has no " + campaign.source() + " source configured", now, null));
            }
            return 0;
        }
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        if (!today.equals(progress.day())) {
            campaigns.startDay(campaign.campaignId(), today);
            progress = progress.startingDay(today);
        }
        int quotaLeft = progress.quotaLeft(campaign.dailyQuota(), today);
        if (quotaLeft == 0 || progress.source().waits(now)) {
            return 0;
        }
        int wanted = Math.min(batchSize, quotaLeft);
        // People the workspace already has are skipped without counting, so a tick reads on
        // past them; it reads a bounded number of candidates, though, to stay short.
        int readable = batchSize * MAX_READ_PER_NEW;
        long cursor = progress.cursor();
        int found = 0;
        int read = 0;
        boolean reportedInFlight = false;
        try {
            while (found < wanted && read < readable) {
                SearchPage page = source.search(campaign, cursor, Math.min(wanted - found, readable - read));
                if (page.candidates().isEmpty()) {
                    Duration recheck = source.kind() == SourceKind.CSV ? EXHAUSTED_IMPORT_RECHECK : EXHAUSTED_RECHECK;
                    campaigns.reportSource(campaign.campaignId(), new SourceStatus(SourceState.EXHAUSTED,
                            "No more people match the target profile", clock.instant(), clock.instant().plus(recheck)));
                    return found;
                }
                if (!stillCurrent(campaign)) {
                    return found; // paused, stopped or changed while the source was searching
                }
                campaigns.reportEnriching(campaign.campaignId(), page.candidates().size(), clock.instant());
                reportedInFlight = true;
                for (RankedCandidate ranked : page.candidates()) {
                    Candidate enriched = enricher.enrich(ranked.candidate());
                    FoundProspect prospect = new FoundProspect(prospectIds.get(), campaign.workspaceId(), campaign.campaignId(),
                            source.kind(), new RankedCandidate(enriched, ProspectPriority.of(enriched, campaign.targetProfile())),
                            clock.instant());
                    boolean isNew = prospects.recordIfNew(prospect);
                    if (!campaigns.advance(campaign.campaignId(), campaign.revision(), cursor, today, isNew)) {
                        // A new snapshot (pause, stop, new profile), or another instance, moved on:
                        // the next tick starts from what is stored. A prospect just recorded still counts.
                        if (isNew) {
                            campaigns.countFound(campaign.campaignId(), today);
                        }
                        return found + (isNew ? 1 : 0);
                    }
                    cursor++;
                    read++;
                    found += isNew ? 1 : 0;
                }
                // Positions the source read but returned nobody for (profiles it skipped) are not
                // read again: the cursor moves on to where the source says the next page starts.
                if (page.nextCursor() > cursor) {
                    if (!campaigns.skipTo(campaign.campaignId(), campaign.revision(), cursor, page.nextCursor())) {
                        return found;
                    }
                    cursor = page.nextCursor();
                }
            }
            if (progress.source().state() != SourceState.READY) {
                campaigns.reportSource(campaign.campaignId(), new SourceStatus(SourceState.READY, null, clock.instant(), null));
            }
            return found;
        } catch (SourceUnavailableException e) {
            Duration wait = e.retryAfter().compareTo(UNAVAILABLE_MIN_WAIT) < 0 ? UNAVAILABLE_MIN_WAIT : e.retryAfter();
            Instant at = clock.instant();
            campaigns.reportSource(campaign.campaignId(), new SourceStatus(SourceState.UNAVAILABLE, e.getMessage(), at, at.plus(wait)));
            log.info("Source {} unavailable for campaign {} for {}: {}", campaign.source(), campaign.campaignId(), wait, e.getMessage());
            return found;
        } finally {
            if (reportedInFlight) {
                campaigns.reportEnriching(campaign.campaignId(), 0, null);
            }
        }
    }

    private boolean stillCurrent(Campaign campaign) {
        return campaigns.find(campaign.campaignId())
                .map(held -> held.campaign().revision() == campaign.revision() && held.campaign().isActive())
                .orElse(false);
    }

    /** Empty when the workspace has no such campaign (another workspace's is not told apart from none). */
    public Optional<ProgressReport> progress(String workspaceId, String campaignId) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        return campaigns.find(campaignId).filter(state -> state.campaign().workspaceId().equals(workspaceId)).map(state -> {
            Campaign campaign = state.campaign();
            CampaignProgress progress = state.progress();
            return new ProgressReport(campaignId, campaign.status(), progress.foundOn(today), campaign.dailyQuota(),
                    progress.quotaLeft(campaign.dailyQuota(), today), progress.totalFound(),
                    progress.enrichingAt(now, ENRICHING_STALE), progress.source());
        });
    }
}
