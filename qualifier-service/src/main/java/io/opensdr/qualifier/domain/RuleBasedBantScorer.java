package io.opensdr.qualifier.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * BANT by explicit rules, each criterion 0-100 with the facts it rests on, dated where a date is
 * known. A fact the prospect's data lacks earns a low, cautious share of the points and the reason
 * says it is unknown, so a human sees that the score rests on less evidence; nothing missing ever
 * throws.
 * <ul>
 *   <li>Budget: company size (up to 60: the seed's bar is more than 50 people), annual revenue
 *       (up to 25), money raised within 6 months (20) or a year (15);</li>
 *   <li>Authority: seniority (from the source, or read from the title when the source did not
 *       know it), C-level 90 down to individual contributor 15; decision-maker or not; plus 10
 *       when the title is in the function the campaign targets (its titles' function words, e.g.
 *       "sales"), minus 15 when it is in another one (not for C-level, who decide across functions);</li>
 *   <li>Need: target industry (35; or the campaign's sector when it names no industry), target
 *       company size (25), target country (15), growth: hiring (25) or else funding (15) within a
 *       year, or a job change within 90 days (10: a new leader reviews their tools);</li>
 *   <li>Timeline: the most recent signal: within 30 days 90, 90 days 65, a year 35, none 10; plus
 *       5 for each further signal within 90 days (at most 10).</li>
 * </ul>
 * It holds no state and allocates little: the rules cost microseconds per prospect, far below
 * what storing the assessment costs.
 */
public class RuleBasedBantScorer implements BantScorer {

    static final Duration YEAR = Duration.ofDays(365);
    static final Duration HALF_YEAR = Duration.ofDays(183);
    static final Duration QUARTER = Duration.ofDays(90);
    /**
     * Timeline without a trigger (no signal, or none within a year): a good fit needs no trigger
     * (signals tip borderline cases), so its absence costs points but does not sink a prospect.
     */
    static final int NO_TRIGGER = 40;

    /** Up to this many employees, whoever runs the business still owns most purchases. */
    static final int SMALL_COMPANY = 200;
    /** Up to this many employees, executives of other functions share the purchase decisions (a CFO runs payroll). */
    static final int SMALL_BUSINESS = 100;
    /** At most this much authority in a function next to the targeted one: a plausible entry point, for a human to check. */
    static final int ADJACENT_FUNCTION = 45;

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
        TargetProfile profile = campaign.targetProfile();
        CriterionScore timeline = timeline(prospect, now);
        Optional<String> disqualifier = disqualifier(prospect, profile);
        if (disqualifier.isPresent()) {
            // Signals time a purchase from us; where we cannot sell, there is no such purchase to time.
            timeline = new CriterionScore(0, "No buying window for us: " + disqualifier.get() + " (signals aside: "
                    + Character.toLowerCase(timeline.reason().charAt(0)) + timeline.reason().substring(1, timeline.reason().length() - 1) + ").");
        }
        return new BantScores(budget(prospect, profile, now),
                authority(prospect.person(), profile, prospect.company().employeeCount()),
                need(prospect, profile, now), timeline);
    }

    /**
     * A fact that rules the prospect out whatever else fits, or empty: outside the campaign's
     * territory, or far outside its target sizes.
     */
    static Optional<String> disqualifier(Prospect prospect, TargetProfile profile) {
        String country = prospect.countryCode();
        if (!profile.countries().isEmpty() && country != null && !country.isBlank() && !profile.targetsCountry(country)) {
            return Optional.of(country + " is outside the campaign's territory");
        }
        Integer employees = prospect.company().employeeCount();
        if (!profile.companySizes().isEmpty() && employees != null && !profile.targetsSize(employees)
                && !nearTargetSize(profile, employees)) {
            return Optional.of(employees + " employees is far outside the target sizes (" + sizes(profile) + ")");
        }
        return Optional.empty();
    }

    CriterionScore budget(Prospect prospect, Instant now) {
        return budget(prospect, TargetProfile.anything(), now);
    }

    CriterionScore budget(Prospect prospect, TargetProfile profile, Instant now) {
        Company company = prospect.company();
        Integer employees = company.employeeCount();
        Long revenue = company.annualRevenueUsd();
        List<String> facts = new ArrayList<>();
        int score;
        if (employees == null) {
            score = 30;
            facts.add("company size unknown (lower confidence)");
        } else {
            score = employees >= 1000 ? 60 : employees >= 200 ? 50 : employees > 50 ? 40 : employees >= 11 ? 20 : 10;
            facts.add(name(company) + " has " + employees + (employees == 1 ? " employee" : " employees")
                    + (employees > 50 ? "" : ", 50 or fewer"));
            if (score < 50 && profile.targetsSize(employees)) {
                // What the campaign sells is priced for the sizes it targets: a 20-person business
                // can afford a tool made for 10-100-person businesses.
                score = 50;
                facts.add("a size this campaign sells to, so its price fits");
            }
        }
        if (revenue == null) {
            score += 5;
            facts.add("revenue unknown");
        } else {
            score += revenue >= 100_000_000L ? 25 : revenue >= 10_000_000L ? 18 : revenue >= 1_000_000L ? 10 : 3;
            facts.add("about " + usd(revenue) + " in annual revenue");
        }
        Optional<Signal> funding = latestWithin(prospect, SignalType.FUNDING, now, YEAR);
        if (funding.isPresent()) {
            boolean recent = age(funding.get(), now).compareTo(HALF_YEAR) <= 0;
            score += recent ? 20 : 15;
            facts.add("raised money " + when(funding.get(), now) + " (" + funding.get().detail() + ")");
        } else {
            facts.add("no funding within a year");
        }
        return new CriterionScore(Math.min(100, score), sentence(facts));
    }

    CriterionScore authority(Person person, TargetProfile profile) {
        return authority(person, profile, null);
    }

    /** Authority of a person for this campaign's purchase; employees (or null) sizes a general executive's reach. */
    CriterionScore authority(Person person, TargetProfile profile, Integer employees) {
        String title = person.title() == null || person.title().isBlank() ? null : person.title().trim();
        Seniority seniority = person.seniority() == null ? Seniority.UNKNOWN : person.seniority();
        List<String> facts = new ArrayList<>();
        if (seniority == Seniority.UNKNOWN && title != null) {
            seniority = seniorityOf(title);
            if (seniority != Seniority.UNKNOWN) {
                facts.add("seniority read from the title");
            }
        }
        String who = title == null ? "The title is unknown" : title;
        int score = switch (seniority) {
            case C_LEVEL -> 90;
            case VP -> 85;
            case DIRECTOR -> 70;
            case HEAD -> 65;
            case MANAGER -> 45;
            case INDIVIDUAL_CONTRIBUTOR -> 15;
            case UNKNOWN -> 40;
        };
        String role = switch (seniority) {
            case C_LEVEL -> " is C-level: a decision-maker";
            case VP -> " is a VP: a decision-maker who can sponsor and sign";
            case DIRECTOR -> " is a director: a decision-maker who usually owns a budget line";
            case HEAD -> " heads a team: influences the purchase, may not sign";
            case MANAGER -> " is a manager: recommends, rarely signs";
            case INDIVIDUAL_CONTRIBUTOR -> " is an individual contributor: no buying authority";
            case UNKNOWN -> title == null ? ": the role needs checking (lower confidence)" : ": seniority unknown (lower confidence)";
        };
        String first = who + role;

        Set<String> targeted = JobTitles.campaignFunctions(profile);
        boolean targetsExecutives = JobTitles.targetsGeneralExecutives(profile);
        if (title != null && (!targeted.isEmpty() || targetsExecutives)) {
            Set<String> own = JobTitles.functionsOf(title);
            Optional<String> shared = own.stream().filter(targeted::contains).findFirst();
            if (shared.isPresent()) {
                score += 10;
                facts.add("works in " + shared.get() + ", a function the campaign targets");
            } else if (JobTitles.isGeneralExecutive(title)) {
                if (targetsExecutives) {
                    score += 10;
                    facts.add("runs the business, the buyer the campaign targets");
                } else if (employees == null || employees <= SMALL_COMPANY) {
                    facts.add(employees == null ? "runs the business: decides across functions"
                            : "runs a company of " + employees + ": still owns decisions in " + String.join(", ", targeted));
                } else {
                    score = Math.min(score, 60);
                    facts.add("runs a company of " + employees + ": above the buyer, who sits in "
                            + String.join(", ", targeted) + " (find them, or go top-down)");
                }
            } else if (!JobTitles.adjacentFunctions(own, targeted).isEmpty()) {
                score = Math.min(score, ADJACENT_FUNCTION);
                facts.add("works in " + String.join(", ", JobTitles.adjacentFunctions(own, targeted)) + ", next to "
                        + String.join(", ", targeted) + ": may co-own this purchase (check who leads it)");
            } else if (seniority == Seniority.C_LEVEL && employees != null && employees <= SMALL_BUSINESS) {
                score = 50;
                facts.add("not in a function the campaign targets (" + String.join(", ", targeted)
                        + "), but executives of a " + employees + "-person business share such decisions");
            } else {
                score = Math.min(score, 45) - 15;
                facts.add("not in a function the campaign targets (" + String.join(", ", targeted) + ")"
                        + (own.isEmpty() ? "" : ": works in " + String.join(", ", own) + ", which does not buy this"));
            }
        } else if (!profile.functions().isEmpty() && title != null && seniority != Seniority.C_LEVEL) {
            // Campaign titles in no function this class knows: compare their words.
            Set<String> functions = profile.functions();
            Optional<String> shared = TargetProfile.words(title).stream().filter(functions::contains).findFirst();
            if (shared.isPresent()) {
                score += 10;
                facts.add("works in " + shared.get() + ", a function the campaign targets");
            } else {
                score -= 15;
                facts.add("not in a function the campaign targets (" + String.join(", ", functions.stream().sorted().toList()) + ")");
            }
        }
        facts.add(0, first);
        return new CriterionScore(Math.max(0, Math.min(100, score)), sentence(facts));
    }

    /** The seniority a job title states, or INDIVIDUAL_CONTRIBUTOR when it states none. */
    static Seniority seniorityOf(String title) {
        return JobTitles.seniorityOf(title);
    }

    CriterionScore need(Prospect prospect, TargetProfile profile, Instant now) {
        Company company = prospect.company();
        String industry = company.industry() == null || company.industry().isBlank() ? null : company.industry().trim();
        List<String> facts = new ArrayList<>();
        int score = 0;
        String disqualifier = null;

        if (industry == null) {
            score += 10;
            facts.add("the industry is unknown (lower confidence)");
        } else if (!profile.industries().isEmpty()) {
            if (profile.targetsIndustry(industry)) {
                score += 35;
                facts.add(industry + " is a target industry");
            } else {
                facts.add(industry + " is not a target industry");
            }
        } else if (profile.sector() != null && related(industry, profile.sector())) {
            score += 35;
            facts.add(industry + " matches the campaign's sector (" + profile.sector() + ")");
        } else {
            score += 20;
            facts.add(profile.sector() == null ? "the campaign targets any industry"
                    : "the campaign targets any industry; " + industry + " is outside its sector (" + profile.sector() + ")");
        }

        Integer employees = company.employeeCount();
        if (profile.companySizes().isEmpty()) {
            score += 15;
            facts.add("any company size is targeted");
        } else if (employees == null) {
            score += 15;
            facts.add("the company size is unknown (lower confidence)");
        } else if (profile.targetsSize(employees)) {
            score += 25;
            facts.add(employees + " employees is a target size");
        } else if (nearTargetSize(profile, employees)) {
            score += 10;
            facts.add(employees + " employees is just outside the target sizes (" + sizes(profile) + ")");
        } else {
            disqualifier = employees + " employees is far outside the target sizes (" + sizes(profile) + ")";
            facts.add(disqualifier);
        }

        String country = prospect.countryCode();
        if (profile.countries().isEmpty()) {
            score += 10;
            facts.add("any country is targeted");
        } else if (country == null || country.isBlank()) {
            score += 5;
            facts.add("the country is unknown (lower confidence)");
        } else if (profile.targetsCountry(country)) {
            score += 15;
            facts.add(country + " is a target country");
        } else {
            disqualifier = country + " is outside the campaign's territory";
            facts.add(disqualifier);
        }

        Optional<Signal> hiring = latestWithin(prospect, SignalType.HIRING, now, YEAR);
        Optional<Signal> funding = latestWithin(prospect, SignalType.FUNDING, now, YEAR);
        Optional<Signal> newJob = latestWithin(prospect, SignalType.JOB_CHANGE, now, QUARTER);
        if (hiring.isPresent()) {
            score += 25;
            facts.add("growing: " + hiring.get().detail() + " (" + when(hiring.get(), now) + ")");
        } else if (funding.isPresent()) {
            score += 15;
            facts.add("growing: funded " + when(funding.get(), now));
        } else if (newJob.isPresent()) {
            score += 10;
            facts.add("new in the role " + when(newJob.get(), now) + ": likely to review tools");
        } else {
            facts.add("no growth signal");
        }
        if (disqualifier != null) {
            // One hard disqualifier is enough: no fit elsewhere makes up for it.
            facts.add(0, "No fit: " + disqualifier);
            return new CriterionScore(0, sentence(facts));
        }
        return new CriterionScore(Math.min(100, score), sentence(facts));
    }

    /** Within half the smallest target size and twice the largest: close enough for a human to judge. */
    private static boolean nearTargetSize(TargetProfile profile, int employees) {
        return profile.companySizes().stream().anyMatch(range -> employees * 2L >= range.min() && employees <= range.max() * 2L);
    }

    private static String sizes(TargetProfile profile) {
        return String.join(", ", profile.companySizes().stream().map(CompanySizeRange::label).toList());
    }

    /** Whether an industry and a sector name the same field: equal, or one's words contain the other's. */
    private static boolean related(String industry, String sector) {
        List<String> industryWords = TargetProfile.words(industry);
        List<String> sectorWords = TargetProfile.words(sector);
        return !industryWords.isEmpty() && !sectorWords.isEmpty()
                && (industryWords.containsAll(sectorWords) || sectorWords.containsAll(industryWords));
    }

    CriterionScore timeline(Prospect prospect, Instant now) {
        List<Signal> byRecency = prospect.signals().stream().filter(signal -> signal.observedAt() != null)
                .sorted(Comparator.comparing(Signal::observedAt).reversed()).toList();
        if (byRecency.isEmpty()) {
            return new CriterionScore(NO_TRIGGER, "No recent activity is known: no trigger, which a good fit does not need (lower confidence).");
        }
        Signal signal = byRecency.get(0);
        Duration age = age(signal, now);
        int score = age.compareTo(Duration.ofDays(30)) <= 0 ? 90
                : age.compareTo(QUARTER) <= 0 ? 70
                : age.compareTo(YEAR) <= 0 ? 50 : NO_TRIGGER;
        long others = byRecency.stream().skip(1).filter(other -> age(other, now).compareTo(QUARTER) <= 0).count();
        int bonus = (int) Math.min(10, 5 * others);
        String text = "Most recent activity " + when(signal, now) + ": "
                + signal.type().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " (" + signal.detail() + ")";
        if (age.compareTo(YEAR) > 0) {
            text += ", over a year ago: no trigger any more";
        }
        if (others > 0) {
            text += "; " + others + (others == 1 ? " other signal" : " other signals") + " within 90 days";
        }
        return new CriterionScore(Math.min(100, score + bonus), text + ".");
    }

    private static Optional<Signal> latestWithin(Prospect prospect, SignalType type, Instant now, Duration within) {
        return prospect.signals().stream().filter(signal -> signal.type() == type && signal.observedAt() != null)
                .filter(signal -> age(signal, now).compareTo(within) <= 0)
                .max(Comparator.comparing(Signal::observedAt));
    }

    /** How long ago a signal was seen; one dated in the future counts as just now. */
    private static Duration age(Signal signal, Instant now) {
        Duration age = Duration.between(signal.observedAt(), now);
        return age.isNegative() ? Duration.ZERO : age;
    }

    /** "on 2025-12-27, 10 days ago": the date lets a salesperson check the evidence. */
    private static String when(Signal signal, Instant now) {
        long days = age(signal, now).toDays();
        String ago = days == 0 ? "today" : days == 1 ? "1 day ago" : days + " days ago";
        return "on " + LocalDate.ofInstant(signal.observedAt(), ZoneOffset.UTC) + ", " + ago;
    }

    private static String name(Company company) {
        return company.name() == null || company.name().isBlank() ? "The company" : company.name();
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
