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

/** Turns a ProspectFound into the prospect the qualifier scores. */
public final class ProspectMapper {

    private ProspectMapper() {
    }

    public static Prospect toProspect(ProspectFound event) {
        require(event.getProspectId(), "prospectId");
        require(event.getCampaignId(), "campaignId");
        require(event.getWorkspaceId(), "workspaceId");
        if (event.getPerson() == null || event.getCompany() == null) {
            throw new InvalidEventException("ProspectFound " + event.getProspectId() + " without person or company");
        }
        var person = event.getPerson();
        var company = event.getCompany();
        return new Prospect(event.getProspectId(), event.getWorkspaceId(), event.getCampaignId(),
                new Person(person.getFirstName(), person.getLastName(), person.getTitle(),
                        Seniority.valueOf(person.getSeniority().name()), person.getEmail(),
                        EmailGrade.valueOf(person.getEmailGrade().name()), person.getCountryCode(), person.getTimeZone()),
                new Company(company.getName(), company.getDomain(), company.getIndustry(), company.getEmployeeCount(),
                        company.getAnnualRevenueUsd(), company.getCountryCode()),
                event.getSignals().stream().map(ProspectMapper::toSignal).toList());
    }

    private static Signal toSignal(BuyingSignal signal) {
        return new Signal(SignalType.valueOf(signal.getType().name()), signal.getObservedAt(), signal.getDetail());
    }

    private static void require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidEventException("ProspectFound without " + field);
        }
    }
}
