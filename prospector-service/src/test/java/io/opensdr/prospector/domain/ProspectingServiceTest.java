package io.opensdr.prospector.domain;

import static io.opensdr.prospector.domain.CampaignMother.anActiveDemoCampaign;
import static io.opensdr.prospector.domain.CampaignMother.withStatus;
import static org.assertj.core.api.Assertions.assertThat;

import io.opensdr.kit.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ProspectingServiceTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-06T10:00:00Z"));
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

        ProgressReport progress = service.progress("workspace-1", "c1").orElseThrow();
        assertThat(progress.foundToday()).isEqualTo(25);
        assertThat(progress.quotaLeft()).isZero();
        assertThat(progress.totalFound()).isEqualTo(25);
        assertThat(service.progress("workspace-2", "c1")).as("another workspace's campaign").isEmpty();
    }

    @Test
    void shouldStartAFreshQuotaOnTheNextUtcDay() {
        service.applySnapshot(anActiveDemoCampaign("c1", 10));
        tick();
        assertThat(tick()).isZero();

        clock.advance(Duration.ofHours(14)); // 2026-01-07T00:00Z

        assertThat(tick()).isEqualTo(10);
        ProgressReport progress = service.progress("workspace-1", "c1").orElseThrow();
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

        assertThat(service.progress("workspace-1", "c2").orElseThrow().foundToday()).isEqualTo(10);
        assertThat(campaigns.progressOf("c2").cursor()).as("past c1's ten").isEqualTo(20);
        assertThat(prospects.recorded).flatExtracting(FoundProspect::identities).doesNotHaveDuplicates();
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

        assertThat(service.progress("workspace-1", "c1").orElseThrow().status()).isEqualTo(CampaignStatus.PAUSED);
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
    void shouldMoveTheCursorPastPositionsTheSourceSkippedSoThatTheyAreNotReadAgain() {
        // Like RocketReach: of every three positions read, the source returns one person and skips
        // two profiles it cannot use, and says where its next page starts.
        List<Long> searchedFrom = new java.util.ArrayList<>();
        ProspectSource skipping = new ProspectSource() {
            @Override
            public SourceKind kind() {
                return SourceKind.ROCKETREACH;
            }

            @Override
            public SearchPage search(TargetProfile profile, long cursor, int limit) {
                searchedFrom.add(cursor);
                Candidate usable = CandidateMother.aVpAtAFintech("position-" + (cursor + 2));
                return new SearchPage(cursor < 9 ? List.of(new RankedCandidate(usable, 50)) : List.of(), cursor + 3);
            }
        };
        service = new ProspectingService(campaigns, prospects, List.of(skipping), 10, clock);
        service.applySnapshot(new Campaign("c1", "workspace-1", 1, CampaignStatus.ACTIVE, SourceKind.ROCKETREACH,
                TargetProfile.anyone(), 100));

        assertThat(tick()).isEqualTo(3);

        assertThat(searchedFrom).containsExactly(0L, 3L, 6L, 9L);
        assertThat(campaigns.progressOf("c1").cursor()).isEqualTo(9);
        assertThat(prospects.recorded).extracting(prospect -> prospect.candidate().sourceKey())
                .containsExactly("position-2", "position-5", "position-8");
    }

    @Test
    void shouldSearchASourceForTheCampaignSoThatOneHoldingEachCampaignsOwnPeopleCanServeIt() {
        ProspectSource perCampaign = new ProspectSource() {
            @Override
            public SourceKind kind() {
                return SourceKind.CSV;
            }

            @Override
            public SearchPage search(TargetProfile profile, long cursor, int limit) {
                throw new AssertionError("searched by profile alone");
            }

            @Override
            public SearchPage search(Campaign campaign, long cursor, int limit) {
                Candidate own = CandidateMother.aVpAtAFintech(campaign.campaignId() + "-row-" + cursor);
                return new SearchPage(cursor < 3 ? List.of(new RankedCandidate(own, 50)) : List.of(), cursor + 1);
            }
        };
        service = new ProspectingService(campaigns, prospects, List.of(perCampaign), 10, clock);
        service.applySnapshot(new Campaign("c1", "workspace-1", 1, CampaignStatus.ACTIVE, SourceKind.CSV, TargetProfile.anyone(), 100));

        assertThat(tick()).isEqualTo(3);
        assertThat(prospects.recorded).extracting(prospect -> prospect.candidate().sourceKey())
                .containsExactly("c1-row-0", "c1-row-1", "c1-row-2");
    }

    @Test
    void shouldLeaveACampaignAloneWhenNoSourceServesItAndSaySo() {
        service.applySnapshot(new Campaign("c1", "workspace-1", 1, CampaignStatus.ACTIVE, SourceKind.ROCKETREACH,
                TargetProfile.anyone(), 100));

        assertThat(tick()).isZero();
        assertThat(prospects.recorded).isEmpty();
        assertThat(service.progress("workspace-1", "c1").orElseThrow().source().state()).isEqualTo(SourceState.NO_SOURCE);
    }

    @Test
    void shouldStopWhenTheSourceHasNobodyMoreAndReportItExhausted() {
        service.applySnapshot(anActiveDemoCampaign("c1", 100));
        assertThat(service.progress("workspace-1", "c1").orElseThrow().source().state()).isEqualTo(SourceState.NOT_SEARCHED);
        tick();
        assertThat(service.progress("workspace-1", "c1").orElseThrow().source().state()).isEqualTo(SourceState.READY);

        IntStream.range(0, 6).forEach(i -> tick());

        assertThat(prospects.recorded).hasSize(40);
        ProgressReport progress = service.progress("workspace-1", "c1").orElseThrow();
        assertThat(progress.quotaLeft()).isEqualTo(60);
        assertThat(progress.source().state()).isEqualTo(SourceState.EXHAUSTED);
        assertThat(progress.source().retryAt()).isEqualTo(clock.instant().plus(ProspectingService.EXHAUSTED_RECHECK));
    }

    @Test
    void shouldLeaveAnExhaustedSourceAloneForAWhileThenAskAgain() {
        service.applySnapshot(anActiveDemoCampaign("c1", 100));
        IntStream.range(0, 5).forEach(i -> tick()); // 40 found, then the empty page
        int searches = source.searches;

        tick();
        assertThat(source.searches).as("left alone").isEqualTo(searches);

        clock.advance(ProspectingService.EXHAUSTED_RECHECK);
        tick();
        assertThat(source.searches).as("asked again").isEqualTo(searches + 1);
    }

    @Test
    void shouldAskAnExhaustedCsvImportAgainSoonSinceItsUserMayUploadMore() {
        ListSource imports = new ListSource(0) {
            @Override
            public SourceKind kind() {
                return SourceKind.CSV;
            }
        };
        service = new ProspectingService(campaigns, prospects, List.of(imports), 10, clock);
        service.applySnapshot(new Campaign("c1", "workspace-1", 1, CampaignStatus.ACTIVE, SourceKind.CSV, TargetProfile.anyone(), 100));
        tick();
        assertThat(service.progress("workspace-1", "c1").orElseThrow().source().state()).isEqualTo(SourceState.EXHAUSTED);

        clock.advance(ProspectingService.EXHAUSTED_IMPORT_RECHECK);
        tick();

        assertThat(imports.searches).isEqualTo(2);
    }

    @Test
    void shouldStopAtTheDefaultQuotaOfAHundredForTheDayAndResumeTheNextDay() {
        ListSource big = new ListSource(300);
        service = new ProspectingService(campaigns, prospects, List.of(big), 10, clock);
        service.applySnapshot(anActiveDemoCampaign("c1", 100));

        IntStream.range(0, 10).forEach(i -> assertThat(tick()).isEqualTo(10));
        assertThat(tick()).as("quota reached").isZero();
        clock.advance(Duration.ofHours(13).plusMinutes(59)); // 2026-01-06T23:59Z, still the same day
        assertThat(tick()).isZero();
        ProgressReport endOfDay = service.progress("workspace-1", "c1").orElseThrow();
        assertThat(endOfDay.foundToday()).isEqualTo(100);
        assertThat(endOfDay.quotaLeft()).isZero();

        clock.advance(Duration.ofMinutes(1)); // 2026-01-07T00:00Z
        assertThat(service.progress("workspace-1", "c1").orElseThrow().quotaLeft()).isEqualTo(100);
        assertThat(tick()).isEqualTo(10);

        assertThat(prospects.recorded).extracting(prospect -> prospect.candidate().sourceKey())
                .containsExactlyElementsOf(big.keys(0, 110));
        assertThat(service.progress("workspace-1", "c1").orElseThrow().totalFound()).isEqualTo(110);
    }

    @Test
    void shouldStopATickInFlightOnceAPauseIsStored() {
        Campaign active = anActiveDemoCampaign("c1", 100);
        PausingProspects pausing = new PausingProspects(prospects, 3, () -> service.applySnapshot(withStatus(active, CampaignStatus.PAUSED)));
        service = new ProspectingService(campaigns, pausing, List.of(source), 10, clock);
        service.applySnapshot(active);

        assertThat(tick()).as("the one being written when the pause came, and none after").isEqualTo(3);
        assertThat(tick()).isZero();
        ProgressReport progress = service.progress("workspace-1", "c1").orElseThrow();
        assertThat(progress.status()).isEqualTo(CampaignStatus.PAUSED);
        assertThat(progress.foundToday()).as("the third, announced, counts against the quota").isEqualTo(3);
        assertThat(campaigns.progressOf("c1").cursor()).as("resumes after the third, which is known by then").isEqualTo(2);
    }

    @Test
    void shouldRecordNothingWhenPausedWhileTheSourceWasSearching() {
        Campaign active = anActiveDemoCampaign("c1", 100);
        service.applySnapshot(active);
        source.duringSearch = () -> service.applySnapshot(withStatus(active, CampaignStatus.STOPPED));

        assertThat(tick()).isZero();
        assertThat(campaigns.progressOf("c1").cursor()).isZero();
    }

    @Test
    void shouldReportAnUnavailableSourceAndAskAgainAfterTheWaitItAskedFor() {
        service.applySnapshot(anActiveDemoCampaign("c1", 100));
        source.failure = new SourceUnavailableException("Monthly lookup quota reached", Duration.ofMinutes(30));

        assertThat(tick()).isZero();
        ProgressReport progress = service.progress("workspace-1", "c1").orElseThrow();
        assertThat(progress.source().state()).isEqualTo(SourceState.UNAVAILABLE);
        assertThat(progress.source().detail()).isEqualTo("Monthly lookup quota reached");
        assertThat(progress.enriching()).isZero();

        source.failure = null;
        clock.advance(Duration.ofMinutes(29));
        assertThat(tick()).as("still waiting").isZero();
        clock.advance(Duration.ofMinutes(1));
        assertThat(tick()).isEqualTo(10);
        assertThat(service.progress("workspace-1", "c1").orElseThrow().source().state()).isEqualTo(SourceState.READY);
    }

    @Test
    void shouldReportTheCandidatesInFlightWhileATickWorksAndNoneOnceItIsDone() {
        service.applySnapshot(anActiveDemoCampaign("c1", 100));
        source.duringSearch = () -> { };

        tick();

        assertThat(campaigns.enrichingReports).containsExactly(10, 0);
        assertThat(service.progress("workspace-1", "c1").orElseThrow().enriching()).isZero();
    }

    @Test
    void shouldNotShowCandidatesInFlightReportedByASearchThatDiedLongAgo() {
        service.applySnapshot(anActiveDemoCampaign("c1", 100));
        campaigns.reportEnriching("c1", 7, clock.instant());
        assertThat(service.progress("workspace-1", "c1").orElseThrow().enriching()).isEqualTo(7);

        clock.advance(ProspectingService.ENRICHING_STALE);

        assertThat(service.progress("workspace-1", "c1").orElseThrow().enriching()).isZero();
    }

    @Test
    void shouldKeepOneProspectForAPersonMetThroughAnyOfTheirIdentities() {
        Candidate claire = CandidateMother.aVpAtAFintech("claire");
        List<Candidate> sameClaire = List.of(
                claire,
                // only the email is the same (in other case, with spaces): her married name, another profile
                new Candidate("same-email", new Person("Claire", "Dupont", "VP Sales", Seniority.VP,
                        "  CLAIRE@Fintech.Example ", EmailGrade.VALID, null, "https://linkedin.example/in/someone-else",
                        null, null, null), claire.company(), claire.signals()),
                // only the profile is the same, written differently
                new Candidate("same-profile", new Person("Claire", "Dupont", "VP Sales", Seniority.VP,
                        "c.dupont@other.example", EmailGrade.VALID, null,
                        "http://www.LinkedIn.example/in/Claire-Martin-claire/?trk=x", null, null, null), claire.company(), claire.signals()),
                // no email, no profile: only her name at her company's domain
                new Candidate("same-name", new Person("CLAIRE", "martin-Claire", "VP", Seniority.VP,
                        null, null, null, null, null, null, null), claire.company(), claire.signals()),
                CandidateMother.aVpAtAFintech("someone-else"));
        service = new ProspectingService(campaigns, prospects, List.of(new ListSource(sameClaire)), 10, clock);
        service.applySnapshot(anActiveDemoCampaign("c1", 100));

        assertThat(tick()).isEqualTo(2);
        assertThat(prospects.recorded).extracting(prospect -> prospect.candidate().sourceKey())
                .containsExactly("claire", "someone-else");
        assertThat(campaigns.progressOf("c1").cursor()).isEqualTo(5);
    }

    @Test
    void shouldEnrichEveryCandidateAndKeepOneWithoutAUsableEmail() {
        Candidate bare = CandidateMother.withCompany(
                CandidateMother.withPerson(CandidateMother.aVpAtAFintech("bare"), CandidateMother.reachedAt(
                        CandidateMother.aVpAtAFintech("bare").person(), "not an email", EmailGrade.VALID, null)),
                new Company("Acme", "https://www.Acme.example/about", null, null, null, null, null));
        Candidate noEmail = CandidateMother.withPerson(CandidateMother.aVpAtAFintech("none"),
                CandidateMother.reachedAt(CandidateMother.aVpAtAFintech("none").person(), null, null, null));
        service = new ProspectingService(campaigns, prospects, List.of(new ListSource(List.of(bare, noEmail))), 10, clock);
        service.applySnapshot(anActiveDemoCampaign("c1", 100));

        assertThat(tick()).isEqualTo(2);

        Candidate recorded = prospects.recorded.get(0).candidate();
        assertThat(recorded.person().emailGrade()).as("a bad syntax overrides the source's grade").isEqualTo(EmailGrade.INVALID);
        assertThat(recorded.company().domain()).isEqualTo("acme.example");
        assertThat(prospects.recorded.get(1).candidate().person().emailGrade()).isEqualTo(EmailGrade.MISSING);
        assertThat(prospects.recorded.get(1).candidate().company().domain()).isEqualTo("fintech.example");
    }

    @Test
    void shouldFillTheCompanyFromADirectoryThatKnowsItsDomain() {
        Candidate fromCsv = CandidateMother.withCompany(CandidateMother.aVpAtAFintech("csv-1"),
                new Company(null, null, null, null, null, null, null));
        ListSource withDirectory = new ListSource(List.of(fromCsv));
        withDirectory.companies.put("fintech.example", CandidateMother.aVpAtAFintech("x").company());
        service = new ProspectingService(campaigns, prospects, List.of(withDirectory), 10, clock);
        service.applySnapshot(anActiveDemoCampaign("c1", 100));

        tick();

        Company company = prospects.recorded.get(0).candidate().company();
        assertThat(company.domain()).as("from the email").isEqualTo("fintech.example");
        assertThat(company.name()).isEqualTo("Fintech One");
        assertThat(company.industry()).isEqualTo("Fintech");
        assertThat(company.employeeCount()).isEqualTo(300);
    }

    /** Runs one tick and returns how many prospects it found in all. */
    private int tick() {
        int before = prospects.recorded.size();
        service.prospectActiveCampaigns();
        return prospects.recorded.size() - before;
    }

    /** A source of numbered candidates, in a fixed order, that also knows a few companies. */
    private static class ListSource implements ProspectSource, CompanyDirectory {

        private final List<Candidate> candidates;
        final java.util.Map<String, Company> companies = new java.util.HashMap<>();
        int searches;
        Runnable duringSearch;
        RuntimeException failure;

        ListSource(int size) {
            this(IntStream.range(0, size)
                    .mapToObj(i -> CandidateMother.aVpAtAFintech(String.format("person-%03d", i))).toList());
        }

        ListSource(List<Candidate> candidates) {
            this.candidates = candidates;
        }

        @Override
        public java.util.Optional<Company> companyAt(String domain) {
            return java.util.Optional.ofNullable(companies.get(domain));
        }

        @Override
        public SourceKind kind() {
            return SourceKind.DEMO;
        }

        @Override
        public SearchPage search(TargetProfile profile, long cursor, int limit) {
            searches++;
            if (failure != null) {
                throw failure;
            }
            if (duringSearch != null) {
                duringSearch.run();
            }
            List<RankedCandidate> page = candidates.stream().filter(profile::matches).skip(cursor).limit(limit)
                    .map(candidate -> new RankedCandidate(candidate, ProspectPriority.of(candidate, profile))).toList();
            return new SearchPage(page, cursor + page.size());
        }

        List<String> keys(int from, int to) {
            return candidates.subList(from, to).stream().map(Candidate::sourceKey).toList();
        }
    }

    /** A prospects store that runs something (a pause) while it records the n-th prospect. */
    private static final class PausingProspects implements ProspectStore {

        private final ProspectStore store;
        private final int at;
        private final Runnable action;
        private int calls;

        PausingProspects(ProspectStore store, int at, Runnable action) {
            this.store = store;
            this.at = at;
            this.action = action;
        }

        @Override
        public boolean recordIfNew(FoundProspect prospect) {
            boolean recorded = store.recordIfNew(prospect);
            if (++calls == at) {
                action.run();
            }
            return recorded;
        }
    }
}
