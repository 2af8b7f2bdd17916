package io.opensdr.prospector.messaging;

import io.opensdr.events.BuyingSignal;
import io.opensdr.events.EmailGrade;
import io.opensdr.events.ProspectCompany;
import io.opensdr.events.ProspectFound;
import io.opensdr.events.ProspectPerson;
import io.opensdr.events.ProspectSource;
import io.opensdr.events.Seniority;
import io.opensdr.events.SignalType;
import io.opensdr.prospector.domain.Candidate;
import io.opensdr.prospector.domain.Company;
import io.opensdr.prospector.domain.FoundProspect;
import io.opensdr.prospector.domain.Person;
import io.opensdr.prospector.domain.Signal;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Announces a found prospect with everything the source told about them. */
public final class ProspectFoundMapper {

    private ProspectFoundMapper() {
    }

    public static ProspectFound toEvent(FoundProspect prospect) {
        Candidate candidate = prospect.candidate();
        Person person = candidate.person();
        Company company = candidate.company();
        return ProspectFound.newBuilder()
                .setEventId(UUID.randomUUID())
                .setOccurredAt(prospect.foundAt().truncatedTo(ChronoUnit.MILLIS))
                .setWorkspaceId(prospect.workspaceId())
                .setCampaignId(prospect.campaignId())
                .setProspectId(prospect.prospectId())
                .setSource(ProspectSource.valueOf(prospect.source().name()))
                .setSourceRef(candidate.sourceKey())
                .setPriority(prospect.ranked().priority())
                .setPerson(ProspectPerson.newBuilder()
                        .setFirstName(person.firstName())
                        .setLastName(person.lastName())
                        .setTitle(person.title())
                        .setSeniority(Seniority.valueOf(person.seniority().name()))
                        .setEmail(person.email())
                        .setEmailGrade(EmailGrade.valueOf(person.emailGrade().name()))
                        .setPhone(person.phone())
                        .setLinkedinUrl(person.linkedinUrl())
                        .setCity(person.city())
                        .setCountryCode(person.countryCode())
                        .setTimeZone(person.timeZone())
                        .build())
                .setCompany(ProspectCompany.newBuilder()
                        .setName(company.name())
                        .setDomain(company.domain())
                        .setIndustry(company.industry())
                        .setEmployeeCount(company.employeeCount())
                        .setAnnualRevenueUsd(company.annualRevenueUsd())
                        .setCountryCode(company.countryCode())
                        .setDescription(company.description())
                        .build())
                .setSignals(candidate.signals().stream().map(ProspectFoundMapper::toSignal).toList())
                .build();
    }

    private static BuyingSignal toSignal(Signal signal) {
        return BuyingSignal.newBuilder()
                .setType(SignalType.valueOf(signal.type().name()))
                .setObservedAt(signal.observedAt().truncatedTo(ChronoUnit.MILLIS))
                .setDetail(signal.detail())
                .build();
    }
}
