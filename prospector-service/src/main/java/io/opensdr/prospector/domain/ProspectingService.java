package io.opensdr.prospector.domain;

import java.time.Clock;
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
 * candidates for every active campaign from its source, up to its daily quota, keeping the
 * ones the workspace has not met yet.
 */
public class ProspectingService {

    private static final Logger log = LoggerFactory.getLogger(ProspectingService.class);

    /** How many candidates a tick may read per new prospect it wants, duplicates included. */
    static final int MAX_READ_PER_NEW = 10;

    private final CampaignStore campaigns;
    private final ProspectStore prospects;
    private final Map<SourceKind, ProspectSource> sources = new EnumMap<>(SourceKind.class);
    private final int batchSize;
    private final Clock clock;
    private final Supplier<String> prospectIds;

    public ProspectingService(CampaignStore campaigns, ProspectStore prospects, List<ProspectSource> sources,
                              int batchSize, Clock clock) {
        this(campaigns, prospects, sources, batchSize, clock, () -> UUID.randomUUID().toString());
    }

    ProspectingService(CampaignStore campaigns, ProspectStore prospects, List<ProspectSource> sources,
                       int batchSize, Clock clock, Supplier<String> prospectIds) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, was " + batchSize);
        }
        this.campaigns = campaigns;
        this.prospects = prospects;
        sources.forEach(source -> this.sources.put(source.kind(), source));
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
                prospect(state);
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
        ProspectSource source = sources.get(campaign.source());
        if (!campaign.isActive() || source == null) {
            return 0;
        }
        LocalDate today = LocalDate.now(clock);
        CampaignProgress progress = state.progress();
        if (!today.equals(progress.day())) {
            campaigns.startDay(campaign.campaignId(), today);
            progress = progress.startingDay(today);
        }
        int quotaLeft = progress.quotaLeft(campaign.dailyQuota(), today);
        if (quotaLeft == 0) {
            return 0;
        }
        int wanted = Math.min(batchSize, quotaLeft);
        // People the workspace already has are skipped without counting, so a tick reads on
        // past them; it reads a bounded number of candidates, though, to stay short.
        int readable = batchSize * MAX_READ_PER_NEW;
        long cursor = progress.cursor();
        int found = 0;
        int read = 0;
        while (found < wanted && read < readable) {
            SearchPage page = source.search(campaign.targetProfile(), cursor, Math.min(wanted - found, readable - read));
            if (page.candidates().isEmpty()) {
                break; // the source has nobody more for this profile
            }
            for (RankedCandidate ranked : page.candidates()) {
                FoundProspect prospect = new FoundProspect(prospectIds.get(), campaign.workspaceId(), campaign.campaignId(),
                        source.kind(), ranked, clock.instant());
                boolean isNew = prospects.recordIfNew(prospect);
                if (!campaigns.advance(campaign.campaignId(), cursor, today, isNew)) {
                    return found; // a new snapshot moved the cursor: the next tick starts from it
                }
                cursor++;
                read++;
                found += isNew ? 1 : 0;
            }
        }
        return found;
    }

    public Optional<ProgressReport> progress(String campaignId) {
        LocalDate today = LocalDate.now(clock);
        return campaigns.find(campaignId).map(state -> {
            Campaign campaign = state.campaign();
            CampaignProgress progress = state.progress();
            return new ProgressReport(campaignId, campaign.status(), progress.foundOn(today), campaign.dailyQuota(),
                    progress.quotaLeft(campaign.dailyQuota(), today), progress.totalFound());
        });
    }
}
