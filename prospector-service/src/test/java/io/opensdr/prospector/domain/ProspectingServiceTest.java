package io.opensdr.prospector.domain;

import static io.opensdr.prospector.domain.CampaignMother.anActiveDemoCampaign;
import static io.opensdr.prospector.domain.CampaignMother.withStatus;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ProspectingServiceTest {

    private final TestClock clock = new TestClock(Instant.parse("2026-01-06T10:00:00Z"));
    private final InMemoryStores.Campaigns campaigns = new InMemoryStores.Campaigns();
    private final InMemoryStores.Prospects prospects = new InMemoryStores.Prospects();
    private final ListSource source = new ListSource(40);
    private ProspectingService service = new ProspectingService(campaigns, prospects, List.of(source), 10, clock);

    @Test
    void shouldFindProspectsInBatchesUntilTheDailyQuotaIsReached() {
        service.applySnapshot(anActiveDemoCampaign("c1", 25));

        assertThat(tick()).isEqualTo(10);
        assertThat(tick()).isEqualTo(10);
        assertThat(tick()).isEqualTo(5);
        assertThat(tick()).isZero();

        ProgressReport progress = service.progress("c1").orElseThrow();
        assertThat(progress.foundToday()).isEqualTo(25);
        assertThat(progress.quotaLeft()).isZero();
        assertThat(progress.totalFound()).isEqualTo(25);
    }

    @Test
    void shouldStartAFreshQuotaOnTheNextUtcDay() {
        service.applySnapshot(anActiveDemoCampaign("c1", 10));
        tick();
        assertThat(tick()).isZero();

        clock.advance(Duration.ofHours(14)); // 2026-01-07T00:00Z

        assertThat(tick()).isEqualTo(10);
        ProgressReport progress = service.progress("c1").orElseThrow();
        assertThat(progress.foundToday()).isEqualTo(10);
        assertThat(progress.totalFound()).isEqualTo(20);
    }

    @Test
    void shouldGiveNothingNewToAPausedCampaignAndContinueWhereItStoppedOnceResumed() {
        Campaign active = anActiveDemoCampaign("c1", 100);
        service.applySnapshot(active);
        tick();
        Campaign paused = withStatus(active, CampaignStatus.PAUSED);
        service.applySnapshot(paused);

        assertThat(tick()).isZero();

        service.applySnapshot(withStatus(paused, CampaignStatus.ACTIVE));
        tick();
        assertThat(prospects.recorded).extracting(prospect -> prospect.candidate().sourceKey())
                .containsExactlyElementsOf(source.keys(0, 20));
    }

    @Test
    void shouldGiveNothingToAStoppedCampaign() {
        service.applySnapshot(withStatus(anActiveDemoCampaign("c1", 100), CampaignStatus.STOPPED));

        assertThat(tick()).isZero();
        assertThat(prospects.recorded).isEmpty();
    }

    @Test
    void shouldResumeFromTheStoredCursorAfterARestartWithoutFindingAnyoneTwice() {
        service.applySnapshot(anActiveDemoCampaign("c1", 100));
        tick();

        service = new ProspectingService(campaigns, prospects, List.of(source), 10, clock);
        tick();

        assertThat(prospects.recorded).extracting(prospect -> prospect.candidate().sourceKey())
                .containsExactlyElementsOf(source.keys(0, 20));
        assertThat(campaigns.progressOf("c1").cursor()).isEqualTo(20);
    }

    @Test
    void shouldReadPastPeopleTheWorkspaceAlreadyHasWithoutCountingThem() {
        service.applySnapshot(anActiveDemoCampaign("c1", 10));
        tick();
        service.applySnapshot(anActiveDemoCampaign("c2", 10));

        assertThat(tick()).isEqualTo(10);

        assertThat(service.progress("c2").orElseThrow().foundToday()).isEqualTo(10);
        assertThat(campaigns.progressOf("c2").cursor()).as("past c1's ten").isEqualTo(20);
        assertThat(prospects.recorded).extracting(FoundProspect::dedupKey).doesNotHaveDuplicates();
    }

    @Test
    void shouldReadABoundedNumberOfCandidatesInOneTick() {
        service = new ProspectingService(campaigns, prospects, List.of(source), 2, clock); // reads 20 at most
        service.applySnapshot(anActiveDemoCampaign("c1", 30));
        IntStream.range(0, 15).forEach(i -> tick());
        service.applySnapshot(anActiveDemoCampaign("c2", 30));

        assertThat(tick()).as("twenty of c1's people read, none new").isZero();
        assertThat(campaigns.progressOf("c2").cursor()).isEqualTo(20);
        assertThat(tick()).isEqualTo(2);
        assertThat(campaigns.progressOf("c2").cursor()).isEqualTo(32);
    }

    @Test
    void shouldIgnoreASnapshotOlderThanTheOneHeld() {
        Campaign active = anActiveDemoCampaign("c1", 100);
        service.applySnapshot(withStatus(active, CampaignStatus.PAUSED)); // revision 2

        service.applySnapshot(active); // revision 1, arriving late

        assertThat(service.progress("c1").orElseThrow().status()).isEqualTo(CampaignStatus.PAUSED);
    }

    @Test
    void shouldStartTheSearchOverWhenTheTargetProfileChanges() {
        Campaign active = anActiveDemoCampaign("c1", 100);
        service.applySnapshot(active);
        tick();

        service.applySnapshot(new Campaign("c1", "workspace-1", 2, CampaignStatus.ACTIVE, SourceKind.DEMO,
                new TargetProfile(List.of("VP"), Set.of(), List.of(), Set.of(), Set.of()), 100));

        assertThat(campaigns.progressOf("c1").cursor()).isZero();
    }

    @Test
    void shouldLeaveACampaignAloneWhenNoSourceServesIt() {
        service.applySnapshot(new Campaign("c1", "workspace-1", 1, CampaignStatus.ACTIVE, SourceKind.ROCKETREACH,
                TargetProfile.anyone(), 100));

        assertThat(tick()).isZero();
        assertThat(prospects.recorded).isEmpty();
    }

    @Test
    void shouldStopWhenTheSourceHasNobodyMore() {
        service.applySnapshot(anActiveDemoCampaign("c1", 100));

        IntStream.range(0, 6).forEach(i -> tick());

        assertThat(prospects.recorded).hasSize(40);
        assertThat(service.progress("c1").orElseThrow().quotaLeft()).isEqualTo(60);
    }

    /** Runs one tick and returns how many prospects it found in all. */
    private int tick() {
        int before = prospects.recorded.size();
        service.prospectActiveCampaigns();
        return prospects.recorded.size() - before;
    }

    /** A source of numbered candidates, in a fixed order. */
    private static final class ListSource implements ProspectSource {

        private final List<Candidate> candidates;

        ListSource(int size) {
            candidates = IntStream.range(0, size)
                    .mapToObj(i -> CandidateMother.aVpAtAFintech(String.format("person-%02d", i))).toList();
        }

        @Override
        public SourceKind kind() {
            return SourceKind.DEMO;
        }

        @Override
        public SearchPage search(TargetProfile profile, long cursor, int limit) {
            List<RankedCandidate> page = candidates.stream().filter(profile::matches).skip(cursor).limit(limit)
                    .map(candidate -> new RankedCandidate(candidate, ProspectPriority.of(candidate, profile))).toList();
            return new SearchPage(page, cursor + page.size());
        }

        List<String> keys(int from, int to) {
            return candidates.subList(from, to).stream().map(Candidate::sourceKey).toList();
        }
    }
}
