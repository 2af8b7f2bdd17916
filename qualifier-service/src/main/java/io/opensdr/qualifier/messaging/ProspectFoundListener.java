package io.opensdr.qualifier.messaging;

import io.opensdr.events.ProspectFound;
import io.opensdr.events.catalog.TopicNames;
import io.opensdr.qualifier.domain.QualificationService;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Assesses every prospect found. */
@Component
public class ProspectFoundListener {

    private final QualificationService qualification;

    public ProspectFoundListener(QualificationService qualification) {
        this.qualification = qualification;
    }

    @KafkaListener(topics = TopicNames.PROSPECT_FOUND)
    public void on(ProspectFound event) {
        qualification.assessFound(ProspectMapper.toProspect(event));
    }
}
