package io.opensdr.qualifier.messaging;

import io.opensdr.events.PersonSuppressed;
import io.opensdr.events.catalog.TopicNames;
import io.opensdr.kit.messaging.InvalidEventException;
import io.opensdr.kit.privacy.AddressHash;
import io.opensdr.qualifier.domain.ErasedProspects;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Erases the people outreach announces as erased; other suppressions concern contacting, which
 * the qualifier does not do. A record without a workspace or a valid hash goes to the DLT.
 */
@Component
public class PersonSuppressedListener {

    private final ErasedProspects erased;

    public PersonSuppressedListener(ErasedProspects erased) {
        this.erased = erased;
    }

    @KafkaListener(topics = TopicNames.PERSON_SUPPRESSED)
    public void on(PersonSuppressed event) {
        if (event.getWorkspaceId() == null || event.getWorkspaceId().isBlank() || !AddressHash.isHash(event.getAddressHash())) {
            throw new InvalidEventException("PersonSuppressed " + event.getEventId() + " has no workspace or no valid address hash");
        }
        if (event.getErase()) {
            erased.erase(event.getWorkspaceId(), event.getAddressHash(), event.getProspectIds());
        }
    }
}
