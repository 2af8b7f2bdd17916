package io.opensdr.campaign.messaging;

import io.opensdr.campaign.domain.ErasedPeople;
import io.opensdr.events.PersonSuppressed;
import io.opensdr.events.catalog.TopicNames;
import io.opensdr.kit.messaging.InvalidEventException;
import io.opensdr.kit.privacy.AddressHash;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Erases the people outreach announces as erased from the review queue. Other suppressions are
 * already counted through EmailEngagement (unsubscribes, spam reports, bounces). A record without
 * a workspace or a valid hash goes to the DLT.
 */
@Component
public class PersonSuppressedListener {

    private final ErasedPeople erased;

    public PersonSuppressedListener(ErasedPeople erased) {
        this.erased = erased;
    }

    @KafkaListener(topics = TopicNames.PERSON_SUPPRESSED)
    void on(PersonSuppressed event) {
        if (event.getWorkspaceId() == null || event.getWorkspaceId().isBlank() || !AddressHash.isHash(event.getAddressHash())) {
            throw new InvalidEventException("PersonSuppressed " + event.getEventId() + " has no workspace or no valid address hash");
        }
        if (event.getErase()) {
            erased.erase(event.getWorkspaceId(), event.getAddressHash(), event.getProspectIds());
        }
    }
}
