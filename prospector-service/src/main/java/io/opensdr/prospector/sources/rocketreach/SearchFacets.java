package io.opensdr.prospector.sources.rocketreach;

import io.opensdr.prospector.domain.CompanySizeRange;
import io.opensdr.prospector.domain.Seniority;
import io.opensdr.prospector.domain.TargetProfile;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A campaign's target profile as RocketReach search facets (arrays of strings, documented in
 * EXTERNAL-APIS.md): titles to {@code current_title}, seniorities to {@code management_levels},
 * sizes to {@code company_size}, industries to {@code company_industry}, two-letter countries to
 * {@code company_country_code} and any other geography to {@code geo}. An empty part of the
 * profile sets no facet ("any"). Values are sorted so that the same profile always sends the same
 * query, and so gets the same order back, which a stored cursor relies on.
 *
 * <p>The contract names "Director" and "VP" as management levels; the other labels below are our
 * reading of RocketReach's list and are the first thing to check against a real account.
 */
public final class SearchFacets {

    static final Map<Seniority, String> MANAGEMENT_LEVELS = new EnumMap<>(Map.of(
            Seniority.C_LEVEL, "C-Level",
            Seniority.VP, "VP",
            Seniority.DIRECTOR, "Director",
            Seniority.HEAD, "Head",
            Seniority.MANAGER, "Manager",
            Seniority.INDIVIDUAL_CONTRIBUTOR, "Non-Manager"));

    private SearchFacets() {
    }

    public static Map<String, List<String>> of(TargetProfile profile) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        put(query, "current_title", profile.titles());
        put(query, "management_levels", profile.seniorities().stream()
                .map(MANAGEMENT_LEVELS::get).filter(level -> level != null).toList()); // UNKNOWN sets no level
        put(query, "company_size", profile.companySizes().stream().map(SearchFacets::companySize).toList());
        put(query, "company_industry", List.copyOf(profile.industries()));
        List<String> codes = new ArrayList<>();
        List<String> places = new ArrayList<>();
        for (String country : profile.countries()) { // the profile holds them lower-cased
            if (country.matches("[a-z]{2}")) {
                codes.add(country.toUpperCase(Locale.ROOT));
            } else {
                places.add(country);
            }
        }
        put(query, "company_country_code", codes);
        put(query, "geo", places);
        return query;
    }

    /** {@code 51-200} as RocketReach writes it; an open range as {@code 1001+}. */
    static String companySize(CompanySizeRange range) {
        return range.max() == Integer.MAX_VALUE ? range.min() + "+" : range.min() + "-" + range.max();
    }

    private static void put(Map<String, List<String>> query, String facet, List<String> values) {
        List<String> sorted = values.stream().distinct().sorted().toList();
        if (!sorted.isEmpty()) {
            query.put(facet, sorted);
        }
    }
}
