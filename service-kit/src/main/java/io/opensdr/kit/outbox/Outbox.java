package io.opensdr.kit.outbox;

import org.apache.avro.specific.SpecificRecord;
import org.springframework.data.mongodb.core.query.Update;

/** Adds events to the single-document update that records the state change causing them. */
public final class Outbox {

    private Outbox() {
    }

    public static Update record(Update update, SpecificRecord... events) {
        for (SpecificRecord event : events) {
            update.push(OutboxEntry.FIELD, OutboxEntry.of(event));
        }
        return update;
    }
}
