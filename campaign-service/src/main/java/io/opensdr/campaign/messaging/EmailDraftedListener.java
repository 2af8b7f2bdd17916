package io.opensdr.campaign.messaging;

import io.opensdr.campaign.domain.ReviewQueue;
import io.opensdr.events.EmailDrafted;
import io.opensdr.events.catalog.TopicNames;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Drafted emails enter the review queue (and count as drafted for their campaign). */
@Component
public class EmailDraftedListener {

    private final InboundEventMapper mapper;
    private final ReviewQueue reviewQueue;

    public EmailDraftedListener(InboundEventMapper mapper, ReviewQueue reviewQueue) {
        this.mapper = mapper;
        this.reviewQueue = reviewQueue;
    }

    @KafkaListener(topics = TopicNames.EMAIL_DRAFTED)
    void on(EmailDrafted event) {
        reviewQueue.receive(mapper.toDraft(event));
    }
}
