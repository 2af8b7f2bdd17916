package io.opensdr.qualifier.messaging;

import io.opensdr.events.ProspectFound;
import io.opensdr.events.catalog.TopicNames;
import io.opensdr.kit.messaging.EventBatch;
import io.opensdr.qualifier.domain.QualificationService;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Assesses every prospect found, a poll's records at a time: their assessments are recorded in
 * one MongoDB write instead of one round trip each. A record that cannot be mapped goes alone to
 * the DLT ({@link EventBatch}). One consumer per partition of the topic by default
 * ({@code opensdr.qualifier.consumers}).
 */
@Component
public class ProspectFoundListener {

    private final QualificationService qualification;

    public ProspectFoundListener(QualificationService qualification) {
        this.qualification = qualification;
    }

    @KafkaListener(topics = TopicNames.PROSPECT_FOUND, containerFactory = "batchEventListenerContainerFactory",
            concurrency = "${opensdr.qualifier.consumers:3}")
    public void on(List<ConsumerRecord<String, Object>> records) {
        EventBatch.process(records, ProspectFound.class, ProspectMapper::toProspect, qualification::assessFound);
    }
}
