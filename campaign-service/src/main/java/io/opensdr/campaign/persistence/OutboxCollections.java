package io.opensdr.campaign.persistence;

import io.opensdr.kit.outbox.OutboxCollection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The collections whose documents carry an outbox, for the kit's relay to publish from. */
@Configuration(proxyBeanMethods = false)
class OutboxCollections {

    @Bean
    OutboxCollection campaignsOutbox() {
        return new OutboxCollection(CampaignDocument.COLLECTION);
    }

    @Bean
    OutboxCollection draftsOutbox() {
        return new OutboxCollection(DraftDocument.COLLECTION);
    }
}
