package io.opensdr.prospector.sources;

import io.opensdr.prospector.domain.Candidate;
import io.opensdr.prospector.domain.Company;
import io.opensdr.prospector.domain.EmailGrade;
import io.opensdr.prospector.domain.Person;
import io.opensdr.prospector.domain.ProspectIdentities;
import io.opensdr.prospector.domain.Seniority;
import io.opensdr.prospector.domain.Signal;
import io.opensdr.prospector.domain.SignalType;
import java.text.Normalizer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.datafaker.Faker;

/**
 * Generates the demo directory from a fixed seed: the same companies and people, in the same
 * order, on every run. Only the signal dates move, as they are days before the generation
 * instant. Everything points nowhere real: company domains end in {@code .example} (reserved by
 * RFC 2606), so every email address is undeliverable outside a test mailbox; profile URLs use a
 * reserved domain too. Phone numbers are given only where a numbering plan reserves a range for
 * fiction, since a made-up number elsewhere could be someone's: 555-0100 to 555-0199 in the US
 * (NANPA), 07700 900000 to 900999 in the UK (Ofcom). They are derived from the person's number,
 * not drawn from the generator's random sequence, so that adding them changed nobody else.
 */
final class DemoDirectoryGenerator {

    static final long SEED = 20260106L;
    static final int COMPANY_COUNT = 300;

    static final List<String> INDUSTRIES = List.of(
            "Software", "Fintech", "Logistics", "Healthcare", "Retail", "Manufacturing", "Energy", "Education");

    private static final Map<String, Integer> REVENUE_PER_EMPLOYEE_USD = Map.of(
            "Software", 180_000, "Fintech", 250_000, "Logistics", 150_000, "Healthcare", 140_000,
            "Retail", 120_000, "Manufacturing", 200_000, "Energy", 400_000, "Education", 90_000);

    private static final List<String> DEPARTMENTS = List.of(
            "Sales", "Marketing", "Engineering", "Operations", "Finance", "Product", "People");

    private static final List<String> POST_TOPICS = List.of(
            "pipeline reviews", "scaling a sales team", "data quality in the CRM", "remote onboarding",
            "pricing experiments", "customer retention", "AI in the back office", "supply-chain resilience");

    private record City(String name, String timeZone, String areaCode) {

        City(String name, String timeZone) {
            this(name, timeZone, null);
        }
    }

    private record Country(String code, Locale locale, String currency, List<City> cities) {
    }

    private static final List<Country> COUNTRIES = List.of(
            new Country("FR", Locale.forLanguageTag("fr"), "EUR", List.of(
                    new City("Paris", "Europe/Paris"), new City("Lyon", "Europe/Paris"), new City("Marseille", "Europe/Paris"),
                    new City("Toulouse", "Europe/Paris"), new City("Nantes", "Europe/Paris"), new City("Lille", "Europe/Paris"))),
            new Country("DE", Locale.forLanguageTag("de"), "EUR", List.of(
                    new City("Berlin", "Europe/Berlin"), new City("Munich", "Europe/Berlin"), new City("Hamburg", "Europe/Berlin"),
                    new City("Frankfurt", "Europe/Berlin"), new City("Cologne", "Europe/Berlin"))),
            new Country("GB", Locale.forLanguageTag("en-GB"), "GBP", List.of(
                    new City("London", "Europe/London"), new City("Manchester", "Europe/London"), new City("Edinburgh", "Europe/London"),
                    new City("Bristol", "Europe/London"), new City("Leeds", "Europe/London"))),
            new Country("ES", Locale.forLanguageTag("es"), "EUR", List.of(
                    new City("Madrid", "Europe/Madrid"), new City("Barcelona", "Europe/Madrid"), new City("Valencia", "Europe/Madrid"),
                    new City("Seville", "Europe/Madrid"), new City("Bilbao", "Europe/Madrid"))),
            new Country("NL", Locale.forLanguageTag("nl"), "EUR", List.of(
                    new City("Amsterdam", "Europe/Amsterdam"), new City("Rotterdam", "Europe/Amsterdam"),
                    new City("Utrecht", "Europe/Amsterdam"), new City("Eindhoven", "Europe/Amsterdam"))),
            new Country("US", Locale.forLanguageTag("en-US"), "USD", List.of(
                    new City("New York", "America/New_York", "212"), new City("Boston", "America/New_York", "617"),
                    new City("Chicago", "America/Chicago", "312"), new City("Austin", "America/Chicago", "512"),
                    new City("Denver", "America/Denver", "303"), new City("San Francisco", "America/Los_Angeles", "415"),
                    new City("Seattle", "America/Los_Angeles", "206"))));

    private final Random random = new Random(SEED);
    private final Faker english = new Faker(Locale.forLanguageTag("en-US"), new Random(SEED + 1));
    private final List<Faker> local = new ArrayList<>();
    private final Set<String> domains = new HashSet<>();
    private int personNumber;

    DemoDirectoryGenerator() {
        for (int i = 0; i < COUNTRIES.size(); i++) {
            local.add(new Faker(COUNTRIES.get(i).locale(), new Random(SEED + 100 + i)));
        }
    }

    List<Candidate> generate(Instant now) {
        Instant today = now.truncatedTo(ChronoUnit.SECONDS);
        List<Candidate> people = new ArrayList<>();
        for (int c = 0; c < COMPANY_COUNT; c++) {
            int countryIndex = random.nextInt(COUNTRIES.size());
            generateCompany(COUNTRIES.get(countryIndex), local.get(countryIndex), today, people);
        }
        return List.copyOf(people);
    }

    private void generateCompany(Country country, Faker faker, Instant today, List<Candidate> people) {
        String industry = pick(INDUSTRIES);
        String name = faker.company().name();
        String domain = uniqueDomain(name);
        int employees = employeeCount();
        long revenue = Math.round((long) employees * REVENUE_PER_EMPLOYEE_USD.get(industry) * (0.6 + random.nextDouble() * 0.8) / 10_000) * 10_000;
        City headquarters = pick(country.cities());
        String description = name + " is a " + industry.toLowerCase(Locale.ROOT) + " company from " + headquarters.name()
                + " that helps its customers " + english.company().bs() + ".";
        Company company = new Company(name, domain, industry, employees, revenue, country.code(), description);

        List<Signal> companySignals = new ArrayList<>();
        if (random.nextDouble() < 0.25) {
            companySignals.add(new Signal(SignalType.FUNDING, daysBefore(today),
                    "Raised a Series " + pick(List.of("A", "B", "C")) + " of " + (2 + random.nextInt(60)) + " M " + country.currency()));
        }
        if (random.nextDouble() < 0.35) {
            companySignals.add(new Signal(SignalType.HIRING, daysBefore(today),
                    "Hiring " + (2 + random.nextInt(25)) + " people in " + pick(DEPARTMENTS)));
        }

        int headcount = Math.min(employees, 5 + random.nextInt(7) + (employees > 200 ? 3 : 0) + (employees > 1000 ? 3 : 0));
        Set<String> emails = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (int p = 0; p < headcount; p++) {
            people.add(person(faker, country, headquarters, company, companySignals, emails, names, today, p == 0));
        }
    }

    private Candidate person(Faker faker, Country country, City headquarters, Company company, List<Signal> companySignals,
                             Set<String> emails, Set<String> names, Instant today, boolean founder) {
        String key = String.format(Locale.ROOT, "demo-%05d", ++personNumber);
        String firstName = faker.name().firstName();
        String lastName = faker.name().lastName();
        Seniority seniority = founder ? Seniority.C_LEVEL : seniority();
        String department = pick(DEPARTMENTS);
        String title = founder ? "Chief Executive Officer" : title(seniority, department);
        City city = random.nextDouble() < 0.7 ? headquarters : pick(country.cities());

        String email = uniqueEmail(firstName, lastName, company.domain(), emails);
        if (!names.add(ProspectIdentities.name(firstName, lastName).orElse(key))) {
            // A namesake at the same company: deduplication (name at the company's domain) would take
            // them for one person, so this one goes by a middle initial. It draws nothing random, so
            // nobody else in the directory changes.
            firstName = firstName + " " + (char) ('A' + personNumber % 26) + ".";
        }
        EmailGrade grade = emailGrade();
        if (grade == EmailGrade.MISSING) {
            email = null;
        }
        String linkedinUrl = "https://linkedin.example/in/" + slug(firstName) + "-" + slug(lastName) + "-" + key.substring(5);

        List<Signal> signals = new ArrayList<>(companySignals);
        if (random.nextDouble() < 0.12) {
            signals.add(new Signal(SignalType.JOB_CHANGE, daysBefore(today), "Joined " + company.name() + " as " + title));
        }
        if (random.nextDouble() < 0.30) {
            signals.add(new Signal(SignalType.POST, daysBefore(today), "Posted about " + pick(POST_TOPICS)));
        }
        Person person = new Person(firstName, lastName, title, seniority, email, grade, fictionalPhone(country, city), linkedinUrl,
                city.name(), country.code(), city.timeZone());
        return new Candidate(key, person, company, signals);
    }

    /** A number from a range reserved for fiction, or null where the country reserves none. */
    private String fictionalPhone(Country country, City city) {
        return switch (country.code()) {
            case "US" -> String.format(Locale.ROOT, "+1%s55501%02d", city.areaCode(), personNumber % 100);
            case "GB" -> String.format(Locale.ROOT, "+447700900%03d", personNumber % 1000);
            default -> null;
        };
    }

    private int employeeCount() {
        double roll = random.nextDouble();
        if (roll < 0.15) {
            return between(2, 10);
        }
        if (roll < 0.40) {
            return between(11, 50);
        }
        if (roll < 0.65) {
            return between(51, 200);
        }
        if (roll < 0.80) {
            return between(201, 500);
        }
        if (roll < 0.90) {
            return between(501, 1000);
        }
        return roll < 0.98 ? between(1001, 5000) : between(5001, 20000);
    }

    private Seniority seniority() {
        double roll = random.nextDouble();
        if (roll < 0.06) {
            return Seniority.C_LEVEL;
        }
        if (roll < 0.16) {
            return Seniority.VP;
        }
        if (roll < 0.30) {
            return Seniority.DIRECTOR;
        }
        if (roll < 0.42) {
            return Seniority.HEAD;
        }
        return roll < 0.66 ? Seniority.MANAGER : Seniority.INDIVIDUAL_CONTRIBUTOR;
    }

    private String title(Seniority seniority, String department) {
        return switch (seniority) {
            case C_LEVEL -> pick(List.of("Chief Technology Officer", "Chief Revenue Officer", "Chief Financial Officer",
                    "Chief Operating Officer", "Chief Marketing Officer"));
            case VP -> "VP " + department;
            case DIRECTOR -> "Director of " + department;
            case HEAD -> "Head of " + department;
            case MANAGER -> department + " Manager";
            case INDIVIDUAL_CONTRIBUTOR, UNKNOWN -> switch (department) {
                case "Sales" -> "Account Executive";
                case "Marketing" -> "Marketing Specialist";
                case "Engineering" -> "Software Engineer";
                case "Finance" -> "Financial Analyst";
                case "Product" -> "Product Designer";
                case "People" -> "Recruiter";
                default -> "Operations Analyst";
            };
        };
    }

    /** Mostly valid, and enough of every other grade that the rest of the pipeline meets them. */
    private EmailGrade emailGrade() {
        double roll = random.nextDouble();
        if (roll < 0.70) {
            return EmailGrade.VALID;
        }
        if (roll < 0.80) {
            return EmailGrade.ACCEPT_ALL;
        }
        if (roll < 0.88) {
            return EmailGrade.UNKNOWN;
        }
        return roll < 0.92 ? EmailGrade.INVALID : EmailGrade.MISSING;
    }

    private String uniqueDomain(String companyName) {
        String base = slug(companyName).replace("-", "");
        if (base.isEmpty()) {
            base = "company";
        }
        String domain = base + ".example";
        for (int n = 2; !domains.add(domain); n++) {
            domain = base + n + ".example";
        }
        return domain;
    }

    private static String uniqueEmail(String firstName, String lastName, String domain, Set<String> taken) {
        String local = slug(firstName).replace("-", "") + "." + slug(lastName).replace("-", "");
        String email = local + "@" + domain;
        for (int n = 2; !taken.add(email); n++) {
            email = local + n + "@" + domain;
        }
        return email;
    }

    /** Lower-case ASCII letters and digits, words joined by hyphens: "Müller & Söhne" → "muller-sohne". */
    static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private Instant daysBefore(Instant today) {
        return today.minus(1 + random.nextInt(365), ChronoUnit.DAYS);
    }

    private int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
