package io.opensdr.outreach.domain;

import static io.opensdr.outreach.domain.CampaignMother.anActiveCampaign;
import static io.opensdr.outreach.domain.QualifiedProspectMother.aQualifiedProspect;
import static io.opensdr.outreach.domain.QualifiedProspectMother.claireMartin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BookingLinkTest {

    @Test
    void shouldPrefillTheNameAndEmailAndCarryTheIdsInUtmParameters() {
        assertThat(BookingLink.of(anActiveCampaign("campaign-1"), aQualifiedProspect("prospect-1", "campaign-1")))
                .contains("https://cal.example/camille/30min?name=Claire%20Martin&email=claire.martin%40acme.example"
                        + "&utm_source=opensdr&utm_medium=email&utm_campaign=campaign-1&utm_content=prospect-1");
    }

    @Test
    void shouldKeepTheSchedulersOwnQueryAndReplaceParametersOfTheSameName() {
        assertThat(BookingLink.build("https://cal.com/camille/intro?month=2026-12&utm_source=old#top", "c 1", "p&1",
                claireMartin()))
                .isEqualTo("https://cal.com/camille/intro?month=2026-12&name=Claire%20Martin"
                        + "&email=claire.martin%40acme.example&utm_source=opensdr&utm_medium=email"
                        + "&utm_campaign=c%201&utm_content=p%261#top");
    }

    @Test
    void shouldOfferNoLinkWhenTheCampaignHasNoScheduler() {
        assertThat(BookingLink.of(CampaignMother.withMeetingLink(anActiveCampaign("c1"), " "),
                aQualifiedProspect("p1", "c1"))).isEmpty();
    }

    @Test
    void shouldRefuseASchedulerLinkThatIsNotAnAbsoluteWebAddress() {
        assertThatThrownBy(() -> BookingLink.build("javascript:alert(1)", "c1", "p1", claireMartin()))
                .isInstanceOf(DraftNotWritableException.class).hasMessageContaining("http(s)");
        assertThatThrownBy(() -> BookingLink.build("cal.example/camille", "c1", "p1", claireMartin()))
                .isInstanceOf(DraftNotWritableException.class);
        assertThatThrownBy(() -> BookingLink.build("https://cal example/x", "c1", "p1", claireMartin()))
                .isInstanceOf(DraftNotWritableException.class);
    }
}
