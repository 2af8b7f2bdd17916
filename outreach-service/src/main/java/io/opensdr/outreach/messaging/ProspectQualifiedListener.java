package io.opensdr.outreach.messaging;

import io.opensdr.events.ProspectQualified;
import io.opensdr.events.catalog.TopicNames;
import io.opensdr.outreach.domain.Drafting;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

@Component
class ProspectQualifiedListener {

    private final Drafting drafting;

    ProspectQualifiedListener(Drafting drafting) {
        this.drafting = drafting;
    }

    /**
     * Few records per poll and a long poll interval: a draft may wait for a language model (up to
     * timeout x (retries + 1) x 2 drafts), and a batch must not outlast the interval, or Kafka would
     * take the partitions away mid-batch and redeliver them again and again.
     */
    @KafkaListener(topics = TopicNames.PROSPECT_QUALIFIED, properties = {
            "max.poll.records=${opensdr.outreach.drafting.max-poll-records:5}",
            "max.poll.interval.ms=${opensdr.outreach.drafting.max-poll-interval-ms:600000}"})
    void on(ProspectQualified event) {
        drafting.onQualified(ProspectQualifiedMapper.toQualifiedProspect(event));
    }
}
