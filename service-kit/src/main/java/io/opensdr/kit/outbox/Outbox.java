package io.opensdr.kit.outbox;

import java.util.Arrays;
import org.apache.avro.specific.SpecificRecord;
import org.springframework.data.mongodb.core.query.Update;

/** Adds events to the single-document update that records the state change causing them. */
public final class Outbox {

    private Outbox() {
    }

    /** Every event, in order: a second {@code push} on the same field would replace the first. */
    public static Update record(Update update, SpecificRecord... events) {
        update.push(OutboxEntry.FIELD).each(Arrays.stream(events).map(OutboxEntry::of).toArray());
        return update;
    }
}
