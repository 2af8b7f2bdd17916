package io.opensdr.prospector.domain;

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
                progress = new CampaignProgress(0, progress.day(), progress.foundToday(), progress.totalFound());
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
        public boolean advance(String campaignId, long expectedCursor, LocalDate day, boolean found) {
            CampaignState state = states.get(campaignId);
            CampaignProgress p = state.progress();
            if (p.cursor() != expectedCursor || !day.equals(p.day())) {
                return false;
            }
            int more = found ? 1 : 0;
            states.put(campaignId, new CampaignState(state.campaign(),
                    new CampaignProgress(p.cursor() + 1, p.day(), p.foundToday() + more, p.totalFound() + more)));
            return true;
        }

        CampaignProgress progressOf(String campaignId) {
            return states.get(campaignId).progress();
        }
    }

    static final class Prospects implements ProspectStore {

        final List<FoundProspect> recorded = new ArrayList<>();
        private final Set<String> keys = new HashSet<>();

        @Override
        public boolean recordIfNew(FoundProspect prospect) {
            if (!keys.add(prospect.workspaceId() + "|" + prospect.dedupKey())) {
                return false;
            }
            recorded.add(prospect);
            return true;
        }
    }
}
