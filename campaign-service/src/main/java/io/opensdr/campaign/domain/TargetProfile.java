package io.opensdr.campaign.domain;

import java.util.List;

/** Whom the campaign looks for; an empty list means "any". */
public record TargetProfile(List<String> titles, List<String> seniorities, List<String> companySizes,
                            List<String> industries, List<String> countries) {

    public TargetProfile {
        titles = copy(titles);
        seniorities = copy(seniorities);
        companySizes = copy(companySizes);
        industries = copy(industries);
        countries = copy(countries);
    }

    /** No criterion at all: everyone would match. */
    public boolean isAnyone() {
        return titles.isEmpty() && seniorities.isEmpty() && companySizes.isEmpty() && industries.isEmpty()
                && countries.isEmpty();
    }

    private static List<String> copy(List<String> values) {
        return values == null ? List.of() : List.copyOf(values);
    }
}
