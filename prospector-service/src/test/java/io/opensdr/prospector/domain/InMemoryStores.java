package io.opensdr.prospector.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The stores' contracts in memory, for testing the use cases without MongoDB. */
final class InMemoryStores {

    private InMemoryStores() {
    }

    static final class Campaigns implements CampaignStore {

        final Map<String, CampaignState> states = new HashMap<>();
        final List<Integer> enrichingReports = new ArrayList<>();

        @Override
        public Optional<CampaignState> find(String campaignId) {
            return Optional.ofNullable(states.get(campaignId));
        }

        @Override
        public boolean saveSnapshot(Campaign campaign, boolean resetCursor) {
            CampaignState held = states.get(campaign.campaignId());
            if (held != null && held.campaign().revision() >= campaign.revision()) {
                return false;
            }
            CampaignProgress progress = held == null ? CampaignProgress.none() : held.progress();
            if (resetCursor) {
                progress = new CampaignProgress(0, progress.day(), progress.foundToday(), progress.totalFound(),
                        SourceStatus.notSearched(), progress.enriching(), progress.enrichingSince());
            }
            states.put(campaign.campaignId(), new CampaignState(campaign, progress));
            return true;
        }

        @Override
        public List<CampaignState> findActive() {
            return states.values().stream().filter(state -> state.campaign().isActive()).toList();
        }

        @Override
        public void startDay(String campaignId, LocalDate day) {
            CampaignState state = states.get(campaignId);
            states.put(campaignId, new CampaignState(state.campaign(), state.progress().startingDay(day)));
        }

        @Override
        public boolean advance(String campaignId, long revision, long expectedCursor, LocalDate day, boolean found) {
            CampaignState state = states.get(campaignId);
            CampaignProgress p = state.progress();
            if (state.campaign().revision() != revision || p.cursor() != expectedCursor || !day.equals(p.day())) {
                return false;
            }
            int more = found ? 1 : 0;
            states.put(campaignId, new CampaignState(state.campaign(), new CampaignProgress(p.cursor() + 1, p.day(),
                    p.foundToday() + more, p.totalFound() + more, p.source(), p.enriching(), p.enrichingSince())));
            return true;
        }

        @Override
        public boolean skipTo(String campaignId, long revision, long expectedCursor, long nextCursor) {
            CampaignState state = states.get(campaignId);
            CampaignProgress p = state.progress();
            if (state.campaign().revision() != revision || p.cursor() != expectedCursor) {
                return false;
            }
            states.put(campaignId, new CampaignState(state.campaign(), new CampaignProgress(nextCursor, p.day(),
                    p.foundToday(), p.totalFound(), p.source(), p.enriching(), p.enrichingSince())));
            return true;
        }

        @Override
        public void countFound(String campaignId, LocalDate day) {
            CampaignState state = states.get(campaignId);
            CampaignProgress p = state.progress();
            if (day.equals(p.day())) {
                states.put(campaignId, new CampaignState(state.campaign(), new CampaignProgress(p.cursor(), p.day(),
                        p.foundToday() + 1, p.totalFound() + 1, p.source(), p.enriching(), p.enrichingSince())));
            }
        }

        @Override
        public void reportSource(String campaignId, SourceStatus status) {
            CampaignState state = states.get(campaignId);
            CampaignProgress p = state.progress();
            states.put(campaignId, new CampaignState(state.campaign(), new CampaignProgress(p.cursor(), p.day(),
                    p.foundToday(), p.totalFound(), status, p.enriching(), p.enrichingSince())));
        }

        @Override
        public void reportEnriching(String campaignId, int candidates, Instant since) {
            CampaignState state = states.get(campaignId);
            CampaignProgress p = state.progress();
            states.put(campaignId, new CampaignState(state.campaign(), new CampaignProgress(p.cursor(), p.day(),
                    p.foundToday(), p.totalFound(), p.source(), candidates, since)));
            enrichingReports.add(candidates);
        }

        CampaignProgress progressOf(String campaignId) {
            return states.get(campaignId).progress();
        }
    }

    static final class Prospects implements ProspectStore {

        final List<FoundProspect> recorded = new ArrayList<>();
        private final Set<String> identities = new HashSet<>();

        /** Like the unique index: refused when any identity is taken, and then none is kept. */
        @Override
        public synchronized boolean recordIfNew(FoundProspect prospect) {
            List<String> keys = prospect.identities();
            if (keys.stream().anyMatch(identities::contains)) {
                return false;
            }
            identities.addAll(keys);
            recorded.add(prospect);
            return true;
        }
    }
}
