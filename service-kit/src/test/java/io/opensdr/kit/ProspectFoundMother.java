package io.opensdr.kit;

import io.opensdr.events.BuyingSignal;
import io.opensdr.events.EmailGrade;
import io.opensdr.events.ProspectCompany;
import io.opensdr.events.ProspectFound;
import io.opensdr.events.ProspectPerson;
import io.opensdr.events.ProspectSource;
import io.opensdr.events.Seniority;
import io.opensdr.events.SignalType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** Test data: a realistic ProspectFound event. */
public final class ProspectFoundMother {

    private ProspectFoundMother() {
    }

    public static ProspectFound.Builder aProspectFound(String prospectId) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        return ProspectFound.newBuilder()
                .setEventId(UUID.randomUUID())
                .setOccurredAt(now)
                .setWorkspaceId("workspace-1")
                .setCampaignId("campaign-1")
                .setProspectId(prospectId)
                .setSource(ProspectSource.DEMO)
                .setSourceRef("demo-42")
                .setPriority(77)
                .setPerson(ProspectPerson.newBuilder()
                        .setFirstName("Claire").setLastName("Martin").setTitle("VP Sales")
                        .setSeniority(Seniority.VP).setEmail("claire.martin@acme.example")
                        .setEmailGrade(EmailGrade.VALID).setCountryCode("FR").setTimeZone("Europe/Paris")
                        .build())
                .setCompany(ProspectCompany.newBuilder()
                        .setName("Acme Logistics").setDomain("acme.example").setIndustry("Logistics")
                        .setEmployeeCount(240).setCountryCode("FR").build())
                .setSignals(List.of(BuyingSignal.newBuilder().setType(SignalType.FUNDING)
                        .setObservedAt(now.minus(20, ChronoUnit.DAYS)).setDetail("Series B, 30 M EUR").build()));
    }
}
