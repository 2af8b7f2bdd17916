package io.opensdr.qualifier.evaluation;

import java.util.List;

/**
 * One prospect of the labelled set, as written in a campaign's JSON Lines file: the data the
 * qualifier receives, the label a sales lead gave it and why. Enum-like fields are kept as text
 * (validated by {@link LabelledSet}) so that the set does not depend on the domain's types; only
 * {@link DomainQualifier} maps them.
 */
public record LabelledProspect(String id, String campaignId, Label label, String reasoning, List<String> tags,
                               PersonData person, CompanyData company, List<SignalData> signals) {

    /** Title may be null (unknown); email is null exactly when emailGrade is MISSING. */
    public record PersonData(String firstName, String lastName, String title, String seniority, String email,
                             String emailGrade, String countryCode, String timeZone) {
    }

    /** Numbers and text are null when the source did not know them. */
    public record CompanyData(String name, String domain, String industry, Integer employeeCount, Long annualRevenueUsd,
                              String countryCode, String description) {
    }

    /** A signal dated relative to the set's evaluation date, so results do not drift with the calendar. */
    public record SignalData(String type, Integer daysAgo, String detail) {
    }
}
