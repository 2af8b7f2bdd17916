package io.opensdr.outreach.config;

import io.opensdr.kit.outbox.OutboxCollection;
import io.opensdr.outreach.domain.Engagements;
import io.opensdr.outreach.domain.Erasure;
import io.opensdr.outreach.domain.ListUnsubscribeHeaders;
import io.opensdr.outreach.domain.PersonRecords;
import io.opensdr.outreach.domain.SignedTokens;
import io.opensdr.outreach.domain.SignedUnsubscribeLinks;
import io.opensdr.outreach.domain.SuppressionList;
import io.opensdr.outreach.domain.Unsubscribing;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Suppression, unsubscribe and erasure: the compliance side of outreach. */
@Configuration
public class ComplianceConfiguration {

    /** Suppressions carry PersonSuppressed in their outbox. */
    @Bean
    OutboxCollection suppressionsOutbox() {
        return new OutboxCollection("suppressions");
    }

    @Bean
    SignedUnsubscribeLinks unsubscribeLinks(PublicLinksProperties links, SignedTokens tokens) {
        return new SignedUnsubscribeLinks(links.publicBaseUrl(), tokens);
    }

    @Bean
    ListUnsubscribeHeaders listUnsubscribeHeaders(SignedUnsubscribeLinks links, ComplianceProperties compliance) {
        return new ListUnsubscribeHeaders(links, compliance.unsubscribeMailto());
    }

    @Bean
    Unsubscribing unsubscribing(SignedTokens tokens, PersonRecords records, SuppressionList suppressions,
                                Engagements engagements, Clock clock) {
        return new Unsubscribing(tokens, records, suppressions, engagements, clock);
    }

    @Bean
    Erasure erasure(PersonRecords records, SuppressionList suppressions) {
        return new Erasure(records, suppressions);
    }
}
