package io.opensdr.outreach.messaging;

import io.opensdr.events.ProspectReviewed;
import io.opensdr.events.catalog.TopicNames;
import io.opensdr.outreach.domain.Drafting;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** A prospect a human qualified from the review band is drafted like any qualified prospect, once. */
@Component
class ProspectReviewedListener {

    private final Drafting drafting;

    ProspectReviewedListener(Drafting drafting) {
        this.drafting = drafting;
    }

    /** As few records per poll as for qualifications: a draft may wait for a language model. */
    @KafkaListener(topics = TopicNames.PROSPECT_REVIEWED, properties = {
            "max.poll.records=${opensdr.outreach.drafting.max-poll-records:5}",
            "max.poll.interval.ms=${opensdr.outreach.drafting.max-poll-interval-ms:600000}"})
    void on(ProspectReviewed event) {
        drafting.onQualified(ProspectReviewedMapper.toQualifiedProspect(event));
    }
}
