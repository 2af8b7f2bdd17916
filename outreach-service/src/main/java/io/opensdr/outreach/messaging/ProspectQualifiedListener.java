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

    @KafkaListener(topics = TopicNames.PROSPECT_QUALIFIED)
    void on(ProspectQualified event) {
        drafting.onQualified(ProspectQualifiedMapper.toQualifiedProspect(event));
    }
}
