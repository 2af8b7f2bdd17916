package io.opensdr.prospector.messaging;

import io.opensdr.events.PersonSuppressed;
import io.opensdr.events.catalog.TopicNames;
import io.opensdr.prospector.domain.SuppressedPeople;
import io.opensdr.prospector.domain.Suppression;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps every suppressed person out of future imports, and deletes an erased person's data. A
 * record without a valid hash or workspace is refused (IllegalArgumentException: to the DLT).
 */
@Component
public class PersonSuppressedListener {

    private static final Logger log = LoggerFactory.getLogger(PersonSuppressedListener.class);

    private final SuppressedPeople suppressed;

    public PersonSuppressedListener(SuppressedPeople suppressed) {
        this.suppressed = suppressed;
    }

    @KafkaListener(topics = TopicNames.PERSON_SUPPRESSED)
    public void on(PersonSuppressed event) {
        long deleted = suppressed.apply(toSuppression(event));
        if (deleted > 0) {
            log.info("Erased {} prospect(s) of workspace {} (address hash {})", deleted, event.getWorkspaceId(),
                    event.getAddressHash());
        }
    }

    static Suppression toSuppression(PersonSuppressed event) {
        return new Suppression(event.getWorkspaceId(), event.getAddressHash(), event.getReason().name(),
                event.getErase(), event.getProspectIds());
    }
}
