package io.opensdr.qualifier.domain;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** What a campaign looks for, as far as the Need criterion goes; an empty list means "any". */
public record TargetProfile(Set<String> industries, List<CompanySizeRange> companySizes, Set<String> countries) {

    public TargetProfile {
        industries = normalise(industries);
        companySizes = List.copyOf(companySizes);
        countries = normalise(countries);
    }

    public static TargetProfile anything() {
        return new TargetProfile(Set.of(), List.of(), Set.of());
    }

    public boolean targetsIndustry(String industry) {
        return industry != null && industries.contains(key(industry));
    }

    public boolean targetsSize(Integer employees) {
        return employees != null && companySizes.stream().anyMatch(range -> range.contains(employees));
    }

    public boolean targetsCountry(String countryCode) {
        return countryCode != null && countries.contains(key(countryCode));
    }

    private static Set<String> normalise(Set<String> values) {
        return values.stream().map(String::trim).filter(value -> !value.isEmpty()).map(TargetProfile::key)
                .collect(Collectors.toUnmodifiableSet());
    }

    private static String key(String value) {
        return value.trim().toLowerCase(Locale.ROOT);
    }
}
