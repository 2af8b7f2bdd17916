package io.opensdr.prospector.sources;

import io.opensdr.prospector.domain.Candidate;
import io.opensdr.prospector.domain.Company;
import io.opensdr.prospector.domain.CompanyDirectory;
import io.opensdr.prospector.domain.ProspectPriority;
import io.opensdr.prospector.domain.ProspectSource;
import io.opensdr.prospector.domain.RankedCandidate;
import io.opensdr.prospector.domain.SearchPage;
import io.opensdr.prospector.domain.SourceKind;
import io.opensdr.prospector.domain.TargetProfile;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo source: a directory of fictional companies and people, the same on every run, so that
 * OpenSDR can be tried without a RocketReach account. It is generated on first use rather than at
 * startup (about a second of CPU on these machines that a service which never runs a demo
 * campaign need not spend).
 *
 * <p>Its order for a profile is {@link ProspectPriority} best first, ties broken by the person's
 * key. Priority depends only on the people's data, never on the signals' dates (which are days
 * before the generation instant), so the order, and with it a stored cursor, is the same after a
 * restart on another day. It also lends its companies to enrichment, by domain.
 */
public class DemoDirectory implements ProspectSource, CompanyDirectory {

    private static final Logger log = LoggerFactory.getLogger(DemoDirectory.class);

    private static final Comparator<RankedCandidate> BEST_FIRST = Comparator
            .comparingInt(RankedCandidate::priority).reversed()
            .thenComparing(ranked -> ranked.candidate().sourceKey());

    private final Clock clock;
    private volatile List<Candidate> people;
    private volatile Map<String, Company> companies;

    public DemoDirectory(Clock clock) {
        this.clock = clock;
    }

    @Override
    public SourceKind kind() {
        return SourceKind.DEMO;
    }

    @Override
    public SearchPage search(TargetProfile profile, long cursor, int limit) {
        List<RankedCandidate> page = people().stream()
                .filter(profile::matches)
                .map(candidate -> new RankedCandidate(candidate, ProspectPriority.of(candidate, profile)))
                .sorted(BEST_FIRST)
                .skip(cursor)
                .limit(limit)
                .toList();
        return new SearchPage(page, cursor + page.size());
    }

    @Override
    public Optional<Company> companyAt(String domain) {
        Map<String, Company> byDomain = companies;
        if (byDomain == null) {
            Map<String, Company> built = new LinkedHashMap<>();
            people().forEach(candidate -> built.putIfAbsent(candidate.company().domain(), candidate.company()));
            byDomain = Map.copyOf(built);
            companies = byDomain;
        }
        return Optional.ofNullable(byDomain.get(domain));
    }

    /** Everyone in the directory, generated once, on first use. */
    public List<Candidate> people() {
        List<Candidate> generated = people;
        if (generated == null) {
            synchronized (this) {
                generated = people;
                if (generated == null) {
                    Instant started = Instant.now();
                    generated = new DemoDirectoryGenerator().generate(clock.instant());
                    people = generated;
                    log.info("Demo directory generated: {} people in {} ms", generated.size(),
                            Duration.between(started, Instant.now()).toMillis());
                }
            }
        }
        return generated;
    }
}
