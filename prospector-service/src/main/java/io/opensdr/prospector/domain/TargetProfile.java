package io.opensdr.prospector.domain;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whom a campaign looks for. Seniorities, company sizes, industries and countries filter: an
 * empty list means "any". Titles are free text typed by a person, so they do not filter; a title
 * that matches raises the candidate's priority instead (see {@link ProspectPriority}).
 */
public record TargetProfile(List<String> titles, Set<Seniority> seniorities, List<CompanySizeRange> companySizes,
                            Set<String> industries, Set<String> countries) {

    public TargetProfile {
        titles = titles.stream().map(String::trim).filter(title -> !title.isEmpty()).toList();
        seniorities = Set.copyOf(seniorities);
        companySizes = List.copyOf(companySizes);
        industries = normalise(industries);
        countries = normalise(countries);
    }

    public static TargetProfile anyone() {
        return new TargetProfile(List.of(), Set.of(), List.of(), Set.of(), Set.of());
    }

    public boolean matches(Candidate candidate) {
        Person person = candidate.person();
        Company company = candidate.company();
        return (seniorities.isEmpty() || seniorities.contains(person.seniority()))
                && (industries.isEmpty() || company.industry() != null && industries.contains(key(company.industry())))
                && (countries.isEmpty() || countryOf(candidate) != null && countries.contains(key(countryOf(candidate))))
                && (companySizes.isEmpty() || company.employeeCount() != null
                        && companySizes.stream().anyMatch(range -> range.contains(company.employeeCount())));
    }

    /** True when the person's title contains one of the wanted titles, ignoring case. */
    public boolean wantsTitle(String title) {
        if (title == null) {
            return false;
        }
        String have = key(title);
        return titles.stream().map(TargetProfile::key).anyMatch(have::contains);
    }

    private static String countryOf(Candidate candidate) {
        return candidate.person().countryCode() != null ? candidate.person().countryCode() : candidate.company().countryCode();
    }

    private static Set<String> normalise(Set<String> values) {
        return values.stream().map(String::trim).filter(value -> !value.isEmpty()).map(TargetProfile::key)
                .collect(Collectors.toUnmodifiableSet());
    }

    private static String key(String value) {
        return value.trim().toLowerCase(Locale.ROOT);
    }
}
