package io.opensdr.prospector.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Test data: candidates as a source returns them. */
public final class CandidateMother {

    private CandidateMother() {
    }

    /** A VP Sales at a 300-person French fintech that raised money recently, with a valid email. */
    public static Candidate aVpAtAFintech(String key) {
        return new Candidate(key,
                new Person("Claire", "Martin", "VP Sales", Seniority.VP, key + "@fintech.example", EmailGrade.VALID, null,
                        "https://linkedin.example/in/claire-martin", "Paris", "FR", "Europe/Paris"),
                new Company("Fintech One", "fintech.example", "Fintech", 300, 60_000_000L, "FR", "A fintech."),
                List.of(new Signal(SignalType.FUNDING, Instant.now().minus(10, ChronoUnit.DAYS), "Raised a Series B")));
    }

    /** An individual contributor at a 5-person German retail shop, with no email and no signals. */
    public static Candidate anIcAtARetailShop(String key) {
        return new Candidate(key,
                new Person("Jonas", "Weber", "Account Executive", Seniority.INDIVIDUAL_CONTRIBUTOR, null, EmailGrade.UNKNOWN,
                        null, null, "Berlin", "DE", "Europe/Berlin"),
                new Company("Laden", "laden.example", "Retail", 5, 400_000L, "DE", "A shop."),
                List.of());
    }
}
