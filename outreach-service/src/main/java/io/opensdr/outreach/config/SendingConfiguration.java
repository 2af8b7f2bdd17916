package io.opensdr.outreach.config;

import io.opensdr.outreach.domain.SendLedger;
import io.opensdr.outreach.domain.SendReconciliation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the sending side of outreach: transports, pacing, the ledger's reconciliation. */
@Configuration
public class SendingConfiguration {

    /** Called by the provider webhooks to settle entries left in SENDING. */
    @Bean
    SendReconciliation sendReconciliation(SendLedger ledger) {
        return new SendReconciliation(ledger);
    }
}
