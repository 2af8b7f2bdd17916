package io.opensdr.campaign.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Plain in-memory implementations of the domain's stores, with the same conditional-write semantics. */
final class InMemoryStores {

    private InMemoryStores() {
    }

    static final class Campaigns implements CampaignStore {

        final Map<String, Campaign> byId = new LinkedHashMap<>();

        @Override
        public void insert(Campaign campaign) {
            byId.put(campaign.id(), campaign);
        }

        @Override
        public boolean replace(Campaign previous, Campaign next) {
            Campaign stored = byId.get(previous.id());
            if (stored == null || stored.revision() != previous.revision()) {
                return false;
            }
            byId.put(next.id(), next);
            return true;
        }

        @Override
        public Optional<Campaign> find(String workspaceId, String campaignId) {
            return Optional.ofNullable(byId.get(campaignId)).filter(c -> c.workspaceId().equals(workspaceId));
        }

        @Override
        public List<Campaign> list(String workspaceId) {
            return byId.values().stream().filter(c -> c.workspaceId().equals(workspaceId))
                    .sorted(Comparator.comparing(Campaign::createdAt).reversed()).toList();
        }
    }

    static final class Drafts implements DraftStore {

        final Map<String, Draft> byId = new LinkedHashMap<>();
        final List<Draft> approvalsRecorded = new ArrayList<>();

        @Override
        public void insertOnce(Draft draft) {
            byId.putIfAbsent(draft.id(), draft);
        }

        @Override
        public Optional<Draft> find(String workspaceId, String draftId) {
            return Optional.ofNullable(byId.get(draftId)).filter(d -> d.workspaceId().equals(workspaceId));
        }

        @Override
        public List<Draft> list(String workspaceId, DraftStatus status, String campaignId) {
            return byId.values().stream()
                    .filter(d -> d.workspaceId().equals(workspaceId))
                    .filter(d -> status == null || d.status() == status)
                    .filter(d -> campaignId == null || d.campaignId().equals(campaignId))
                    .toList();
        }

        @Override
        public boolean approveIfPending(Draft approved) {
            if (byId.get(approved.id()).status() != DraftStatus.PENDING) {
                return false;
            }
            byId.put(approved.id(), approved);
            approvalsRecorded.add(approved);
            return true;
        }

        @Override
        public boolean rejectIfPending(Draft rejected) {
            if (byId.get(rejected.id()).status() != DraftStatus.PENDING) {
                return false;
            }
            byId.put(rejected.id(), rejected);
            return true;
        }
    }

    /** Keeps each prospect's facts and adds up the counter deltas per campaign, as the Mongo store does. */
    static final class Progress implements ProgressStore {

        final Map<String, ProspectFacts> facts = new HashMap<>();
        final Map<String, Tallies> campaignTotals = new HashMap<>();
        final List<HotLead> hotLeads = new ArrayList<>();

        @Override
        public void record(ProspectRef prospect, Function<ProspectFacts, Optional<ProgressChange>> change) {
            change.apply(facts(prospect.prospectId())).ifPresent(next -> {
                facts.put(prospect.prospectId(), next.next());
                Map<Tally, Long> deltas = new EnumMap<>(Tally.class);
                next.deltas().forEach((tally, delta) -> deltas.put(tally, delta.longValue()));
                campaignTotals.merge(prospect.campaignId(), new Tallies(deltas), Tallies::plus);
                if (next.hotLead() != null) {
                    hotLeads.add(next.hotLead());
                }
            });
        }

        @Override
        public ProspectFacts facts(String prospectId) {
            return facts.getOrDefault(prospectId, ProspectFacts.NONE);
        }

        Tallies totals(String campaignId) {
            return campaignTotals.getOrDefault(campaignId, Tallies.NONE);
        }
    }
}
