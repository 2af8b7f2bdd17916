package io.opensdr.qualifier.messaging;

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

/** Test data: ProspectFound events as prospector-service publishes them. */
public final class ProspectFoundMother {

    private ProspectFoundMother() {
    }

    /** A VP Sales at a 300-person French fintech that raised money 10 days ago. */
    public static ProspectFound.Builder aVpAtAFundedFintech(String workspaceId, String campaignId, String prospectId) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        return ProspectFound.newBuilder()
                .setEventId(UUID.randomUUID())
                .setOccurredAt(now)
                .setWorkspaceId(workspaceId)
                .setCampaignId(campaignId)
                .setProspectId(prospectId)
                .setSource(ProspectSource.DEMO)
                .setSourceRef("demo-00042")
                .setPriority(86)
                .setPerson(ProspectPerson.newBuilder()
                        .setFirstName("Claire").setLastName("Martin").setTitle("VP Sales").setSeniority(Seniority.VP)
                        .setEmail("claire.martin@fintech.example").setEmailGrade(EmailGrade.VALID)
                        .setCity("Paris").setCountryCode("FR").setTimeZone("Europe/Paris")
                        .build())
                .setCompany(ProspectCompany.newBuilder()
                        .setName("Fintech One").setDomain("fintech.example").setIndustry("Fintech")
                        .setEmployeeCount(300).setAnnualRevenueUsd(60_000_000L).setCountryCode("FR").build())
                .setSignals(List.of(BuyingSignal.newBuilder().setType(SignalType.FUNDING)
                        .setObservedAt(now.minus(10, ChronoUnit.DAYS)).setDetail("Raised a Series B of 30 M EUR").build()));
    }

    /** An account executive at a 5-person German shop, without email and without signals. */
    public static ProspectFound.Builder anIcAtATinyShop(String workspaceId, String campaignId, String prospectId) {
        return aVpAtAFundedFintech(workspaceId, campaignId, prospectId)
                .setPerson(ProspectPerson.newBuilder()
                        .setFirstName("Jonas").setLastName("Weber").setTitle("Account Executive")
                        .setSeniority(Seniority.INDIVIDUAL_CONTRIBUTOR).setEmail(null).setEmailGrade(EmailGrade.MISSING)
                        .setCountryCode("DE").setTimeZone("Europe/Berlin").build())
                .setCompany(ProspectCompany.newBuilder()
                        .setName("Laden").setDomain("laden.example").setIndustry("Retail")
                        .setEmployeeCount(5).setAnnualRevenueUsd(400_000L).setCountryCode("DE").build())
                .setSignals(List.of());
    }
}
