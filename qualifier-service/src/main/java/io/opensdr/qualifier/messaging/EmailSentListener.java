package io.opensdr.qualifier.messaging;

import io.opensdr.events.EmailSent;
import io.opensdr.events.catalog.TopicNames;
import io.opensdr.kit.messaging.InvalidEventException;
import io.opensdr.qualifier.domain.QualificationService;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Learns which prospects outreach has emailed: their decision is then final, and new campaign
 * settings no longer re-decide them.
 */
@Component
public class EmailSentListener {

    private static final int MAX_ID = 200;

    private final QualificationService qualification;

    public EmailSentListener(QualificationService qualification) {
        this.qualification = qualification;
    }

    @KafkaListener(topics = TopicNames.EMAIL_SENT)
    public void on(EmailSent sent) {
        String prospectId = sent.getProspectId();
        if (prospectId == null || prospectId.isBlank() || prospectId.length() > MAX_ID) {
            throw new InvalidEventException("EmailSent " + sent.getEventId() + " has no usable prospectId");
        }
        qualification.markContacted(prospectId);
    }
}
