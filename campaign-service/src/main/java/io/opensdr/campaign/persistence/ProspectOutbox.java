package io.opensdr.campaign.persistence;

import io.opensdr.kit.outbox.OutboxCollection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The prospect reviews carry their ProspectReviewed events in an outbox, for the kit's relay. */
@Configuration(proxyBeanMethods = false)
class ProspectOutbox {

    @Bean
    OutboxCollection prospectReviewsOutbox() {
        return new OutboxCollection(ProspectReviewDocument.COLLECTION);
    }
}
