package io.opensdr.qualifier.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * BANT by explicit rules, each criterion 0-100 with the facts it rests on:
 * <ul>
 *   <li>Budget: company size (up to 60), annual revenue (up to 25), money raised within a year (15);</li>
 *   <li>Authority: seniority, from C-level (95) down to individual contributor (15);</li>
 *   <li>Need: target industry (35), target company size (25), target country (15), growth: hiring
 *       (25) or else funding (15) within a year;</li>
 *   <li>Timeline: the most recent signal: within 30 days 90, 90 days 65, a year 35, none 10.</li>
 * </ul>
 */
public class RuleBasedBantScorer implements BantScorer {

    static final Duration YEAR = Duration.ofDays(365);

    private final Clock clock;

    public RuleBasedBantScorer(Clock clock) {
        this.clock = clock;
    }

    @Override
    public ScorerKind kind() {
        return ScorerKind.RULES;
    }

    @Override
    public BantScores score(Prospect prospect, CampaignRules campaign) {
        Instant now = clock.instant();
        return new BantScores(budget(prospect, now), authority(prospect.person()),
                need(prospect, campaign.targetProfile(), now), timeline(prospect, now));
    }

    CriterionScore budget(Prospect prospect, Instant now) {
        Company company = prospect.company();
        Integer employees = company.employeeCount();
        Long revenue = company.annualRevenueUsd();
        List<String> facts = new ArrayList<>();
        int score;
        if (employees == null) {
            score = 15;
            facts.add("company size unknown");
        } else {
            score = employees >= 1000 ? 60 : employees >= 200 ? 50 : employees >= 50 ? 40 : employees >= 11 ? 20 : 10;
            facts.add(company.name() + " has " + employees + " employees");
        }
        if (revenue == null) {
            score += 5;
            facts.add("revenue unknown");
        } else {
            score += revenue >= 100_000_000L ? 25 : revenue >= 10_000_000L ? 18 : revenue >= 1_000_000L ? 10 : 3;
            facts.add("about " + usd(revenue) + " in annual revenue");
        }
        Optional<Signal> funding = latest(prospect, SignalType.FUNDING, now).filter(signal -> age(signal, now).compareTo(YEAR) <= 0);
        if (funding.isPresent()) {
            score += 15;
            facts.add("raised money " + daysAgo(funding.get(), now) + " (" + funding.get().detail() + ")");
        } else {
            facts.add("no funding within a year");
        }
        return new CriterionScore(Math.min(100, score), sentence(facts));
    }

    CriterionScore authority(Person person) {
        String title = person.title();
        return switch (person.seniority()) {
            case C_LEVEL -> new CriterionScore(95, title + " is C-level: decides on purchases.");
            case VP -> new CriterionScore(90, title + " is a VP: can sponsor and sign a purchase.");
            case DIRECTOR -> new CriterionScore(75, title + " is a director: usually owns a budget line.");
            case HEAD -> new CriterionScore(70, title + " heads a team: a strong influencer of the purchase.");
            case MANAGER -> new CriterionScore(50, title + " is a manager: recommends, rarely signs.");
            case INDIVIDUAL_CONTRIBUTOR -> new CriterionScore(15, title + " is an individual contributor: no buying authority.");
            case UNKNOWN -> new CriterionScore(30, "The seniority of \"" + title + "\" is unknown.");
        };
    }

    CriterionScore need(Prospect prospect, TargetProfile profile, Instant now) {
        Company company = prospect.company();
        List<String> facts = new ArrayList<>();
        int score = 0;

        if (profile.industries().isEmpty()) {
            score += 20;
            facts.add("the campaign targets any industry");
        } else if (profile.targetsIndustry(company.industry())) {
            score += 35;
            facts.add(company.industry() + " is a target industry");
        } else {
            facts.add((company.industry() == null ? "the industry is unknown" : company.industry() + " is not a target industry"));
        }

        if (profile.companySizes().isEmpty()) {
            score += 15;
            facts.add("any company size is targeted");
        } else if (profile.targetsSize(company.employeeCount())) {
            score += 25;
            facts.add(company.employeeCount() + " employees is a target size");
        } else {
            facts.add(company.employeeCount() == null ? "the company size is unknown"
                    : company.employeeCount() + " employees is outside the target sizes");
        }

        String country = prospect.countryCode();
        if (profile.countries().isEmpty()) {
            score += 10;
            facts.add("any country is targeted");
        } else if (profile.targetsCountry(country)) {
            score += 15;
            facts.add(country + " is a target country");
        } else {
            facts.add(country == null ? "the country is unknown" : country + " is not a target country");
        }

        Optional<Signal> hiring = latest(prospect, SignalType.HIRING, now).filter(signal -> age(signal, now).compareTo(YEAR) <= 0);
        Optional<Signal> funding = latest(prospect, SignalType.FUNDING, now).filter(signal -> age(signal, now).compareTo(YEAR) <= 0);
        if (hiring.isPresent()) {
            score += 25;
            facts.add("growing: " + hiring.get().detail() + " (" + daysAgo(hiring.get(), now) + ")");
        } else if (funding.isPresent()) {
            score += 15;
            facts.add("growing: funded " + daysAgo(funding.get(), now));
        } else {
            facts.add("no growth signal");
        }
        return new CriterionScore(Math.min(100, score), sentence(facts));
    }

    CriterionScore timeline(Prospect prospect, Instant now) {
        Optional<Signal> latest = prospect.signals().stream().max(Comparator.comparing(Signal::observedAt));
        if (latest.isEmpty()) {
            return new CriterionScore(10, "No recent activity is known.");
        }
        Signal signal = latest.get();
        Duration age = age(signal, now);
        int score = age.compareTo(Duration.ofDays(30)) <= 0 ? 90
                : age.compareTo(Duration.ofDays(90)) <= 0 ? 65
                : age.compareTo(YEAR) <= 0 ? 35 : 10;
        return new CriterionScore(score, "Most recent activity " + daysAgo(signal, now) + ": "
                + signal.type().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " (" + signal.detail() + ").");
    }

    private static Optional<Signal> latest(Prospect prospect, SignalType type, Instant now) {
        return prospect.signals().stream().filter(signal -> signal.type() == type).max(Comparator.comparing(Signal::observedAt));
    }

    /** How long ago a signal was seen; one dated in the future counts as just now. */
    private static Duration age(Signal signal, Instant now) {
        Duration age = Duration.between(signal.observedAt(), now);
        return age.isNegative() ? Duration.ZERO : age;
    }

    private static String daysAgo(Signal signal, Instant now) {
        long days = age(signal, now).toDays();
        return days == 0 ? "today" : days == 1 ? "1 day ago" : days + " days ago";
    }

    private static String usd(long amount) {
        if (amount >= 1_000_000L) {
            return "USD " + Math.round(amount / 1_000_000.0) + " M";
        }
        return "USD " + Math.round(amount / 1_000.0) + " k";
    }

    private static String sentence(List<String> facts) {
        String text = String.join("; ", facts);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1) + ".";
    }
}
