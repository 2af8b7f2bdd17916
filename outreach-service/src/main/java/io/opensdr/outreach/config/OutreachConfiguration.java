package io.opensdr.outreach.config;

import io.opensdr.kit.outbox.OutboxCollection;
import io.opensdr.outreach.domain.SignedTokens;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the domain (plain Java) to its adapters. */
@Configuration
public class OutreachConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Drafts carry EmailDrafted in their outbox. */
    @Bean
    OutboxCollection draftsOutbox() {
        return new OutboxCollection("drafts");
    }

    /** Ledger entries carry EmailSent in their outbox. */
    @Bean
    OutboxCollection sendLedgerOutbox() {
        return new OutboxCollection("send_ledger");
    }

    /** Signs the links prospects follow without signing in (unsubscribe, tracking). */
    @Bean
    SignedTokens signedTokens(PublicLinksProperties links) {
        return new SignedTokens(links.signingSecret());
    }
}
