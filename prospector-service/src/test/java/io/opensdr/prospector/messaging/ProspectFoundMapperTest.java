package io.opensdr.prospector.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.opensdr.events.EmailGrade;
import io.opensdr.events.ProspectFound;
import io.opensdr.events.ProspectSource;
import io.opensdr.prospector.domain.CandidateMother;
import io.opensdr.prospector.domain.FoundProspect;
import io.opensdr.prospector.domain.RankedCandidate;
import io.opensdr.prospector.domain.SourceKind;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ProspectFoundMapperTest {

    @Test
    void shouldAnnounceEverythingTheSourceKnows() {
        FoundProspect prospect = new FoundProspect("p-1", "w1", "c1", SourceKind.DEMO,
                new RankedCandidate(CandidateMother.aVpAtAFintech("demo-00001"), 86), Instant.parse("2026-01-06T10:00:00Z"));

        ProspectFound event = ProspectFoundMapper.toEvent(prospect);

        assertThat(event.getProspectId()).isEqualTo("p-1");
        assertThat(event.getWorkspaceId()).isEqualTo("w1");
        assertThat(event.getCampaignId()).isEqualTo("c1");
        assertThat(event.getSource()).isEqualTo(ProspectSource.DEMO);
        assertThat(event.getSourceRef()).isEqualTo("demo-00001");
        assertThat(event.getPriority()).isEqualTo(86);
        assertThat(event.getPerson().getEmail()).isEqualTo("demo-00001@fintech.example");
        assertThat(event.getPerson().getEmailGrade()).isEqualTo(EmailGrade.VALID);
        assertThat(event.getPerson().getTimeZone()).isEqualTo("Europe/Paris");
        assertThat(event.getCompany().getEmployeeCount()).isEqualTo(300);
        assertThat(event.getCompany().getAnnualRevenueUsd()).isEqualTo(60_000_000L);
        assertThat(event.getSignals()).singleElement().satisfies(signal -> assertThat(signal.getDetail()).isEqualTo("Raised a Series B"));
    }

    @Test
    void shouldGradeAMissingEmailAsMissing() {
        FoundProspect prospect = new FoundProspect("p-2", "w1", "c1", SourceKind.DEMO,
                new RankedCandidate(CandidateMother.anIcAtARetailShop("demo-00002"), 7), Instant.now());

        ProspectFound event = ProspectFoundMapper.toEvent(prospect);

        assertThat(event.getPerson().getEmail()).isNull();
        assertThat(event.getPerson().getEmailGrade()).isEqualTo(EmailGrade.MISSING);
    }
}
