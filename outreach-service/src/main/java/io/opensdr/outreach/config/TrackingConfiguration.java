package io.opensdr.outreach.config;

import io.opensdr.kit.outbox.OutboxCollection;
import io.opensdr.outreach.domain.Engagements;
import io.opensdr.outreach.domain.LinkTracking;
import io.opensdr.outreach.domain.ProviderEvents;
import io.opensdr.outreach.domain.ReplyDetection;
import io.opensdr.outreach.domain.SendReconciliation;
import io.opensdr.outreach.domain.SentEmails;
import io.opensdr.outreach.domain.SignedTokens;
import io.opensdr.outreach.domain.SuppressionList;
import io.opensdr.outreach.domain.TrackingDecorator;
import io.opensdr.outreach.domain.TrackingLinks;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires what follows an email once it has left: engagements, the provider webhook, tracking links, replies. */
@Configuration
public class TrackingConfiguration {

    /** Engagements carry EmailEngagement in their outbox. */
    @Bean
    OutboxCollection engagementsOutbox() {
        return new OutboxCollection("engagements");
    }

    @Bean
    ProviderEvents providerEvents(SentEmails sentEmails, Engagements engagements, SuppressionList suppressions,
                                  SendReconciliation reconciliation) {
        return new ProviderEvents(sentEmails, engagements, suppressions, reconciliation);
    }

    @Bean
    TrackingLinks trackingLinks(SignedTokens tokens, PublicLinksProperties links) {
        return new TrackingLinks(tokens, links.publicBaseUrl().toString());
    }

    /** The open pixel and click links of emails sent over SMTP (an OutgoingEmailDecorator). */
    @Bean
    TrackingDecorator trackingDecorator(TrackingLinks links) {
        return new TrackingDecorator(links);
    }

    @Bean
    LinkTracking linkTracking(TrackingLinks links, SentEmails sentEmails, Engagements engagements, Clock clock) {
        return new LinkTracking(links, sentEmails, engagements, clock);
    }

    @Bean
    ReplyDetection replyDetection(SentEmails sentEmails, Engagements engagements, SuppressionList suppressions) {
        return new ReplyDetection(sentEmails, engagements, suppressions);
    }
}
