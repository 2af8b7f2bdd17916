package io.opensdr.outreach.domain;

import static io.opensdr.outreach.domain.ComplianceDoubles.NOW;
import static io.opensdr.outreach.domain.ComplianceDoubles.SECRET;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class UnsubscribingTest {

    private final SignedTokens tokens = new SignedTokens(SECRET);
    private final ComplianceDoubles.Records records = new ComplianceDoubles.Records()
            .hold("w1", "p1", "c1", "Ada.Lovelace@Example.com", "p1:1");
    private final ComplianceDoubles.Suppressions suppressions = new ComplianceDoubles.Suppressions();
    private final ComplianceDoubles.EngagementLog engagements = new ComplianceDoubles.EngagementLog();
    private final Unsubscribing unsubscribing =
            new Unsubscribing(tokens, records, suppressions, engagements, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void shouldSuppressTheProspectsAddressForTheWorkspaceAndRecordTheUnsubscribe() {
        Unsubscribing.Outcome outcome = unsubscribing.unsubscribe(new UnsubscribeToken("w1", "p1", "p1:1"),
                Unsubscribing.Channel.ONE_CLICK);

        assertThat(outcome).isEqualTo(Unsubscribing.Outcome.UNSUBSCRIBED);
        assertThat(suppressions.reasonFor("w1", "ada.lovelace@example.com")).isEqualTo(SuppressionReason.UNSUBSCRIBED);
        assertThat(engagements.recorded).singleElement().satisfies(engagement -> {
            assertThat(engagement.kind()).isEqualTo(EngagementKind.UNSUBSCRIBED);
            assertThat(engagement.emailId()).isEqualTo("p1:1");
            assertThat(engagement.campaignId()).isEqualTo("c1");
            assertThat(engagement.occurredAt()).isEqualTo(NOW);
        });
    }

    @Test
    void shouldRecordTheUnsubscribeOnceHoweverOftenItIsAsked() {
        UnsubscribeToken token = new UnsubscribeToken("w1", "p1", "p1:1");

        unsubscribing.unsubscribe(token, Unsubscribing.Channel.ONE_CLICK);
        unsubscribing.unsubscribe(token, Unsubscribing.Channel.CONFIRMATION_PAGE);

        assertThat(engagements.recorded).hasSize(1);
        assertThat(suppressions.byAddress).hasSize(1);
    }

    @Test
    void shouldRecordAFooterLinksUnsubscribeAgainstTheProspectsLatestEmail() {
        unsubscribing.unsubscribe(new UnsubscribeToken("w1", "p1", null), Unsubscribing.Channel.ONE_CLICK);

        assertThat(engagements.recorded).singleElement().extracting(Engagement::emailId).isEqualTo("p1:1");
    }

    @Test
    void shouldDoNothingForAProspectWhoseAddressIsNoLongerHeld() {
        Unsubscribing.Outcome outcome = unsubscribing.unsubscribe(new UnsubscribeToken("w1", "erased", null),
                Unsubscribing.Channel.ONE_CLICK);

        assertThat(outcome).isEqualTo(Unsubscribing.Outcome.NOTHING_HELD);
        assertThat(suppressions.byAddress).isEmpty();
        assertThat(engagements.recorded).isEmpty();
    }

    @Test
    void shouldNotLetAProspectOfOneWorkspaceBeUnsubscribedThroughAnother() {
        unsubscribing.unsubscribe(new UnsubscribeToken("w2", "p1", "p1:1"), Unsubscribing.Channel.ONE_CLICK);

        assertThat(suppressions.byAddress).isEmpty();
    }

    @Test
    void shouldReadOnlyTokensItSigned() {
        String genuine = new UnsubscribeToken("w1", "p1", "p1:1").sign(tokens);
        String forged = new UnsubscribeToken("w1", "p1", "p1:1").sign(new SignedTokens("someone-elses-secret-of-32-bytes-or-more"));

        assertThat(unsubscribing.read(genuine)).contains(new UnsubscribeToken("w1", "p1", "p1:1"));
        assertThat(unsubscribing.read(forged)).isEmpty();
    }
}
