package io.opensdr.prospector.domain;

import java.net.IDN;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Makes every candidate leave the prospector with the same, checked set of facts, whatever its
 * source: an email with a validity grade, a usable phone or none, and a company with a domain and,
 * when a {@link CompanyDirectory} knows it, industry, size, revenue, country and description.
 * <ul>
 * <li>Email: trimmed, domain lower-cased. An address that fails the syntax check is graded
 *     INVALID whatever the source said; a well-formed one keeps the source's own grade, or UNKNOWN
 *     when the source gave none (a syntax check proves no mailbox exists). No address: MISSING. The
 *     candidate is kept either way; the qualifier marks such a prospect not contactable.</li>
 * <li>Company domain: a website given instead ({@code https://www.Acme.com/about}) is reduced to
 *     its host; when there is none, the email's domain is taken, unless it is a free-mail provider's.</li>
 * <li>Phone: separators and a bracketed trunk zero dropped, {@code 00} turned into {@code +}; a value without 7 to 15 digits is
 *     no phone number and is dropped.</li>
 * </ul>
 */
public final class ProspectEnricher {

    /** ASCII addresses as mail servers accept them without SMTPUTF8 (RFC 5321 lengths). */
    private static final Pattern LOCAL_PART = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern TOP_LEVEL = Pattern.compile("([a-z]{2,63}|xn--[a-z0-9-]{1,59})");
    private static final Set<String> FREE_MAIL = Set.of(
            "gmail.com", "googlemail.com", "yahoo.com", "yahoo.fr", "yahoo.co.uk", "hotmail.com", "hotmail.fr",
            "outlook.com", "outlook.fr", "live.com", "live.fr", "msn.com", "icloud.com", "me.com", "mac.com", "aol.com",
            "proton.me", "protonmail.com", "gmx.de", "gmx.net", "gmx.com", "web.de", "t-online.de", "orange.fr",
            "wanadoo.fr", "free.fr", "laposte.net", "sfr.fr", "mail.com", "yandex.com", "zoho.com", "fastmail.com");

    /** The announcement needs a company name; a source that knows neither name nor domain gets this. */
    static final String UNKNOWN_COMPANY = "Unknown company";

    private final List<CompanyDirectory> directories;

    public ProspectEnricher(List<CompanyDirectory> directories) {
        this.directories = List.copyOf(directories);
    }

    public Candidate enrich(Candidate candidate) {
        Person person = candidate.person();
        String email = person.hasEmail() ? normaliseEmail(person.email()) : null;
        EmailGrade grade = grade(email, person.emailGrade());
        Person enrichedPerson = new Person(trimmed(person.firstName()), trimmed(person.lastName()), trimmed(person.title()),
                person.seniority() == null ? Seniority.UNKNOWN : person.seniority(), email, grade, phone(person.phone()),
                blankToNull(person.linkedinUrl()), person.city(), person.countryCode(), person.timeZone());
        return new Candidate(candidate.sourceKey(), enrichedPerson, company(candidate.company(), email), candidate.signals());
    }

    /** The grade the candidate leaves with: see the class comment. */
    static EmailGrade grade(String email, EmailGrade sourceGrade) {
        if (email == null) {
            return EmailGrade.MISSING;
        }
        if (!isWellFormed(email)) {
            return EmailGrade.INVALID;
        }
        return sourceGrade == null || sourceGrade == EmailGrade.MISSING ? EmailGrade.UNKNOWN : sourceGrade;
    }

    public static boolean isWellFormed(String email) {
        if (email.length() > 254) {
            return false;
        }
        int at = email.lastIndexOf('@');
        if (at < 1 || at > 64 || at == email.length() - 1) {
            return false;
        }
        return LOCAL_PART.matcher(email.substring(0, at)).matches() && isHostName(email.substring(at + 1).toLowerCase(Locale.ROOT));
    }

    /** A DNS name with at least two labels and an alphabetic (or IDN) top-level label. */
    static boolean isHostName(String host) {
        if (host.length() > 253) {
            return false;
        }
        String[] labels = host.split("\\.", -1);
        if (labels.length < 2 || !TOP_LEVEL.matcher(labels[labels.length - 1]).matches()) {
            return false;
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return true;
    }

    private static String normaliseEmail(String email) {
        String trimmed = email.trim();
        int at = trimmed.lastIndexOf('@');
        return at < 0 ? trimmed : trimmed.substring(0, at) + trimmed.substring(at).toLowerCase(Locale.ROOT);
    }

    private Company company(Company company, String email) {
        Company given = company == null ? new Company(null, null, null, null, null, null, null) : company;
        String domain = domainOf(given.domain()).or(() -> companyDomainOf(email)).orElse(null);
        Optional<Company> known = domain == null ? Optional.empty()
                : directories.stream().map(directory -> directory.companyAt(domain)).flatMap(Optional::stream).findFirst();
        return new Company(
                firstNonBlank(given.name(), known.map(Company::name).orElse(null), domain, UNKNOWN_COMPANY),
                domain,
                firstNonBlank(given.industry(), known.map(Company::industry).orElse(null)),
                given.employeeCount() != null ? given.employeeCount() : known.map(Company::employeeCount).orElse(null),
                given.annualRevenueUsd() != null ? given.annualRevenueUsd() : known.map(Company::annualRevenueUsd).orElse(null),
                firstNonBlank(given.countryCode(), known.map(Company::countryCode).orElse(null)),
                firstNonBlank(given.description(), known.map(Company::description).orElse(null)));
    }

    /** The host of a domain or website as typed: "https://www.Acme.com/about" → "acme.com". */
    static Optional<String> domainOf(String domainOrWebsite) {
        if (domainOrWebsite == null || domainOrWebsite.isBlank()) {
            return Optional.empty();
        }
        String host = domainOrWebsite.trim().toLowerCase(Locale.ROOT).replaceFirst("^[a-z][a-z0-9+.-]*://", "");
        host = host.replaceFirst("[/?#].*$", "").replaceFirst(":\\d+$", "").replaceFirst("\\.$", "");
        host = host.startsWith("www.") ? host.substring(4) : host;
        try {
            host = IDN.toASCII(host);
        } catch (IllegalArgumentException notAHost) {
            return Optional.empty();
        }
        return isHostName(host) ? Optional.of(host) : Optional.empty();
    }

    private static Optional<String> companyDomainOf(String email) {
        if (email == null || !isWellFormed(email)) {
            return Optional.empty();
        }
        String domain = email.substring(email.lastIndexOf('@') + 1);
        return FREE_MAIL.contains(domain) ? Optional.empty() : Optional.of(domain);
    }

    static String phone(String phone) {
        if (phone == null || phone.isBlank()) {
            return null;
        }
        String compact = phone.trim().replace("(0)", "").replaceAll("[\\s.()\\-/]", "");
        if (compact.startsWith("00")) {
            compact = "+" + compact.substring(2);
        }
        String digits = compact.startsWith("+") ? compact.substring(1) : compact;
        return digits.matches("\\d{7,15}") ? compact : null;
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.trim();
            }
        }
        return null;
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.trim();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
