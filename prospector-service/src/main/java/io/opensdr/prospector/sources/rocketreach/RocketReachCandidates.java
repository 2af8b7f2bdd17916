package io.opensdr.prospector.sources.rocketreach;

import io.opensdr.prospector.domain.Candidate;
import io.opensdr.prospector.domain.Company;
import io.opensdr.prospector.domain.Person;
import io.opensdr.prospector.domain.Seniority;
import io.opensdr.prospector.domain.TitleSeniority;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A RocketReach profile as a candidate. The prospect's event needs a first name, a last name, a
 * title and a company name, so a profile without a name, a title or an employer is not a
 * candidate ({@link #toCandidate} returns empty) rather than a half-empty prospect. Everything
 * else may be missing; an address is only taken from a complete lookup.
 */
final class RocketReachCandidates {

    private RocketReachCandidates() {
    }

    /**
     * @param searched the profile as the search returned it
     * @param lookedUp the same profile after lookup, or null when the lookup did not happen or failed
     */
    static Optional<Candidate> toCandidate(RocketReachProfile searched, RocketReachProfile lookedUp) {
        RocketReachProfile best = lookedUp != null ? lookedUp : searched;
        String name = first(best.name(), searched.name());
        String title = first(best.currentTitle(), searched.currentTitle());
        String employer = first(best.currentEmployer(), searched.currentEmployer());
        if (name == null || title == null || employer == null) {
            return Optional.empty();
        }
        String[] names = splitName(name);
        EmailChoice.Choice email = lookedUp != null && lookedUp.isComplete() ? EmailChoice.of(lookedUp) : EmailChoice.Choice.NONE;
        Seniority seniority = TitleSeniority.of(title);
        Person person = new Person(names[0], names[1], title, seniority, email.email(), email.grade(),
                lookedUp == null ? null : phone(lookedUp.phones()), linkedin(first(best.linkedinUrl(), searched.linkedinUrl())),
                first(best.city(), searched.city()), first(best.countryCode(), searched.countryCode()), null);
        String domain = first(best.currentEmployerDomain(), searched.currentEmployerDomain(),
                domainOf(first(best.currentEmployerWebsite(), searched.currentEmployerWebsite())));
        // RocketReach documents no size, revenue or company country on a person: they stay unknown.
        Company company = new Company(employer, domain, first(best.currentEmployerIndustry(), searched.currentEmployerIndustry()),
                null, null, null, null);
        return Optional.of(new Candidate(String.valueOf(searched.id()), person, company, List.of()));
    }

    /** "Claire Martin" → Claire / Martin; "Madonna" → Madonna / "" (the event needs a string). */
    static String[] splitName(String name) {
        String[] parts = name.trim().split("\\s+", 2);
        return new String[] {parts[0], parts.length > 1 ? parts[1] : ""};
    }

    /** The recommended phone, else a valid-looking one, else the first; E.164 when given. */
    private static String phone(List<RocketReachPhone> phones) {
        return phones.stream()
                .min(Comparator.<RocketReachPhone>comparingInt(phone -> phone.recommended() ? 0 : 1)
                        .thenComparingInt(phone -> "invalid".equalsIgnoreCase(phone.validity()) ? 1 : 0))
                .filter(phone -> !"invalid".equalsIgnoreCase(phone.validity()))
                .map(phone -> phone.e164() != null && phone.e164().matches("\\+\\d{6,15}") ? phone.e164() : phone.number())
                .filter(number -> number.matches("[+0-9 ().-]{6,32}"))
                .orElse(null);
    }

    private static String linkedin(String url) {
        return url != null && url.toLowerCase(Locale.ROOT).matches("https?://([a-z]{2,3}\\.)?linkedin\\.com/\\S+") ? url : null;
    }

    private static String domainOf(String website) {
        if (website == null) {
            return null;
        }
        try {
            String host = URI.create(website.contains("://") ? website : "https://" + website).getHost();
            if (host == null || !host.matches("[A-Za-z0-9.-]+\\.[A-Za-z]{2,}")) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException notAUrl) {
            return null;
        }
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
