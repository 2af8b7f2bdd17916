package io.opensdr.qualifier.messaging;

import io.opensdr.events.ProspectFound;
import io.opensdr.events.catalog.TopicNames;
import io.opensdr.qualifier.domain.QualificationService;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Assesses every prospect found. One consumer per partition of the topic by default
 * ({@code opensdr.qualifier.consumers}): an assessment waits on two MongoDB round trips, which
 * the consumers overlap.
 */
@Component
public class ProspectFoundListener {

    private final QualificationService qualification;

    public ProspectFoundListener(QualificationService qualification) {
        this.qualification = qualification;
    }

    @KafkaListener(topics = TopicNames.PROSPECT_FOUND, concurrency = "${opensdr.qualifier.consumers:3}")
    public void on(ProspectFound event) {
        qualification.assessFound(ProspectMapper.toProspect(event));
    }
}
