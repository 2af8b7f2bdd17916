package io.opensdr.outreach.config;

import io.opensdr.kit.outbox.OutboxCollection;
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
}
