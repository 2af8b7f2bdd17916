package io.opensdr.prospector.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Test data: candidates as a source returns them. */
public final class CandidateMother {

    private CandidateMother() {
    }

    /**
     * A VP Sales at a 300-person French fintech that raised money recently, with a valid email; the
     * key makes the person: email, LinkedIn profile and last name differ from one key to the next.
     */
    public static Candidate aVpAtAFintech(String key) {
        return new Candidate(key,
                new Person("Claire", "Martin " + key, "VP Sales", Seniority.VP, key + "@fintech.example", EmailGrade.VALID, null,
                        "https://linkedin.example/in/claire-martin-" + key, "Paris", "FR", "Europe/Paris"),
                new Company("Fintech One", "fintech.example", "Fintech", 300, 60_000_000L, "FR", "A fintech."),
                List.of(new Signal(SignalType.FUNDING, Instant.now().minus(10, ChronoUnit.DAYS), "Raised a Series B")));
    }

    /** The same candidate as a source tells it, with another person in it. */
    public static Candidate withPerson(Candidate candidate, Person person) {
        return new Candidate(candidate.sourceKey(), person, candidate.company(), candidate.signals());
    }

    /** The same candidate at another company. */
    public static Candidate withCompany(Candidate candidate, Company company) {
        return new Candidate(candidate.sourceKey(), candidate.person(), company, candidate.signals());
    }

    /** A person like {@code person} with another email, grade and LinkedIn profile. */
    public static Person reachedAt(Person person, String email, EmailGrade grade, String linkedinUrl) {
        return new Person(person.firstName(), person.lastName(), person.title(), person.seniority(), email, grade,
                person.phone(), linkedinUrl, person.city(), person.countryCode(), person.timeZone());
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
