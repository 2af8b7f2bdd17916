package io.opensdr.qualifier.messaging;

import io.opensdr.events.BuyingSignal;
import io.opensdr.events.ProspectFound;
import io.opensdr.kit.messaging.InvalidEventException;
import io.opensdr.qualifier.domain.Company;
import io.opensdr.qualifier.domain.EmailGrade;
import io.opensdr.qualifier.domain.Person;
import io.opensdr.qualifier.domain.Prospect;
import io.opensdr.qualifier.domain.Seniority;
import io.opensdr.qualifier.domain.Signal;
import io.opensdr.qualifier.domain.SignalType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns a ProspectFound into the prospect the qualifier scores, refusing a record it cannot trust
 * with an {@link InvalidEventException} that names the field and why: the record goes to the DLT
 * with that reason in its headers, and nothing is stored.
 */
public final class ProspectMapper {

    static final int MAX_ID = 200;
    static final int MAX_NAME = 200;
    static final int MAX_TEXT = 1000;
    static final int MAX_SIGNALS = 200;
    static final int MAX_EMPLOYEES = 5_000_000;
    static final long MAX_REVENUE_USD = 10_000_000_000_000L;
    /** A signal may be dated a little after the event (clocks differ), not more. */
    static final Duration FUTURE_TOLERANCE = Duration.ofDays(1);
    private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");

    private ProspectMapper() {
    }

    public static Prospect toProspect(ProspectFound event) {
        String id = event.getProspectId();
        require(id, "prospectId", id);
        require(event.getCampaignId(), "campaignId", id);
        require(event.getWorkspaceId(), "workspaceId", id);
        if (event.getPerson() == null || event.getCompany() == null) {
            throw invalid(id, "has no person or company");
        }
        var person = event.getPerson();
        var company = event.getCompany();
        bounded(person.getFirstName(), "person.firstName", MAX_NAME, id);
        bounded(person.getLastName(), "person.lastName", MAX_NAME, id);
        bounded(person.getTitle(), "person.title", MAX_NAME, id);
        bounded(person.getEmail(), "person.email", MAX_NAME, id);
        bounded(person.getTimeZone(), "person.timeZone", MAX_NAME, id);
        country(person.getCountryCode(), "person.countryCode", id);
        bounded(company.getName(), "company.name", MAX_NAME, id);
        bounded(company.getDomain(), "company.domain", MAX_NAME, id);
        bounded(company.getIndustry(), "company.industry", MAX_NAME, id);
        country(company.getCountryCode(), "company.countryCode", id);
        Integer employees = company.getEmployeeCount();
        if (employees != null && (employees < 0 || employees > MAX_EMPLOYEES)) {
            throw invalid(id, "has company.employeeCount " + employees + ", outside 0-" + MAX_EMPLOYEES);
        }
        Long revenue = company.getAnnualRevenueUsd();
        if (revenue != null && (revenue < 0 || revenue > MAX_REVENUE_USD)) {
            throw invalid(id, "has company.annualRevenueUsd " + revenue + ", outside 0-" + MAX_REVENUE_USD);
        }
        List<BuyingSignal> signals = event.getSignals() == null ? List.of() : event.getSignals();
        if (signals.size() > MAX_SIGNALS) {
            throw invalid(id, "has " + signals.size() + " signals, more than " + MAX_SIGNALS);
        }
        Instant latestAllowed = event.getOccurredAt().plus(FUTURE_TOLERANCE);
        for (BuyingSignal signal : signals) {
            if (signal.getObservedAt().isAfter(latestAllowed)) {
                throw invalid(id, "has a " + signal.getType() + " signal observed at " + signal.getObservedAt()
                        + ", after the event itself (" + event.getOccurredAt() + ")");
            }
            bounded(signal.getDetail(), "signals.detail", MAX_TEXT, id);
        }
        return new Prospect(id, event.getWorkspaceId(), event.getCampaignId(),
                new Person(person.getFirstName(), person.getLastName(), person.getTitle(),
                        Seniority.valueOf(person.getSeniority().name()), person.getEmail(),
                        EmailGrade.valueOf(person.getEmailGrade().name()), person.getCountryCode(), person.getTimeZone()),
                new Company(company.getName(), company.getDomain(), company.getIndustry(), employees, revenue,
                        company.getCountryCode()),
                signals.stream().map(ProspectMapper::toSignal).toList());
    }

    private static Signal toSignal(BuyingSignal signal) {
        return new Signal(SignalType.valueOf(signal.getType().name()), signal.getObservedAt(), signal.getDetail());
    }

    private static void require(String value, String field, String prospectId) {
        if (value == null || value.isBlank()) {
            throw invalid(prospectId, "has no " + field);
        }
        bounded(value, field, MAX_ID, prospectId);
    }

    private static void bounded(String value, String field, int max, String prospectId) {
        if (value != null && value.length() > max) {
            throw invalid(prospectId, "has a " + field + " of " + value.length() + " characters, more than " + max);
        }
    }

    private static void country(String value, String field, String prospectId) {
        if (value != null && !COUNTRY.matcher(value).matches()) {
            throw invalid(prospectId, "has " + field + " \"" + abbreviate(value) + "\", not an ISO 3166-1 alpha-2 code");
        }
    }

    private static InvalidEventException invalid(String prospectId, String problem) {
        String who = prospectId == null || prospectId.isBlank() ? "ProspectFound" : "ProspectFound " + abbreviate(prospectId);
        return new InvalidEventException(who + " " + problem);
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "…";
    }
}
