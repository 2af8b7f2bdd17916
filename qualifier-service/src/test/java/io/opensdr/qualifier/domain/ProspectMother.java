package io.opensdr.qualifier.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Test data: prospects as the qualifier receives them. */
public final class ProspectMother {

    public static final Instant NOW = Instant.parse("2026-01-06T10:00:00Z");

    private ProspectMother() {
    }

    /** A VP Sales at a 300-person French fintech that raised money 10 days ago. */
    public static Prospect aVpAtAFundedFintech(String prospectId, String campaignId) {
        return new Prospect(prospectId, "workspace-1", campaignId,
                new Person("Claire", "Martin", "VP Sales", Seniority.VP, "claire.martin@fintech.example", EmailGrade.VALID,
                        "FR", "Europe/Paris"),
                new Company("Fintech One", "fintech.example", "Fintech", 300, 60_000_000L, "FR"),
                List.of(new Signal(SignalType.FUNDING, daysAgo(10), "Raised a Series B of 30 M EUR")));
    }

    /** An account executive at a 5-person German shop, with no signals. */
    public static Prospect anIcAtATinyShop(String prospectId, String campaignId) {
        return new Prospect(prospectId, "workspace-1", campaignId,
                new Person("Jonas", "Weber", "Account Executive", Seniority.INDIVIDUAL_CONTRIBUTOR, "jonas@laden.example",
                        EmailGrade.UNKNOWN, "DE", "Europe/Berlin"),
                new Company("Laden", "laden.example", "Retail", 5, 400_000L, "DE"),
                List.of());
    }

    public static Prospect withSeniority(Prospect prospect, Seniority seniority) {
        Person p = prospect.person();
        return new Prospect(prospect.prospectId(), prospect.workspaceId(), prospect.campaignId(),
                new Person(p.firstName(), p.lastName(), p.title(), seniority, p.email(), p.emailGrade(), p.countryCode(), p.timeZone()),
                prospect.company(), prospect.signals());
    }

    public static Prospect withTitle(Prospect prospect, String title) {
        Person p = prospect.person();
        return new Prospect(prospect.prospectId(), prospect.workspaceId(), prospect.campaignId(),
                new Person(p.firstName(), p.lastName(), title, p.seniority(), p.email(), p.emailGrade(), p.countryCode(), p.timeZone()),
                prospect.company(), prospect.signals());
    }

    public static Prospect withSignals(Prospect prospect, Signal... signals) {
        return new Prospect(prospect.prospectId(), prospect.workspaceId(), prospect.campaignId(), prospect.person(),
                prospect.company(), List.of(signals));
    }

    public static Instant daysAgo(int days) {
        return NOW.minus(days, ChronoUnit.DAYS);
    }
}
