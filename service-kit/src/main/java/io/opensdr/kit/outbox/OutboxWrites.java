package io.opensdr.kit.outbox;

import com.mongodb.event.CommandFailedEvent;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import com.mongodb.event.CommandSucceededEvent;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * Watches the MongoDB client's commands for updates that add events to an outbox ({@link
 * Outbox#record} pushes them), and tells the relay which collection once the server has applied
 * the write, so that such events go out at once rather than at the next safety sweep. Inserts
 * and saves are seen through Spring Data's AfterSaveEvent instead, with their ids.
 */
public class OutboxWrites implements CommandListener {

    private final Set<String> collections;
    private final Map<Long, String> inFlight = new ConcurrentHashMap<>();
    private volatile Consumer<String> onOutboxUpdated = collection -> { };

    public OutboxWrites(Set<String> collections) {
        this.collections = Set.copyOf(collections);
    }

    void onOutboxUpdated(Consumer<String> listener) {
        this.onOutboxUpdated = listener;
    }

    @Override
    public void commandStarted(CommandStartedEvent event) {
        String name = event.getCommandName();
        if (!"update".equals(name) && !"findAndModify".equalsIgnoreCase(name)) {
            return;
        }
        BsonDocument command = event.getCommand();
        BsonValue target = command.get(name);
        if (target == null || !target.isString() || !collections.contains(target.asString().getValue())) {
            return;
        }
        boolean adds = "update".equals(name)
                ? command.containsKey("updates") && command.getArray("updates").stream()
                        .anyMatch(update -> update.isDocument() && addsToOutbox(update.asDocument().get("u")))
                : addsToOutbox(command.get("update"));
        if (adds) {
            inFlight.put((long) event.getRequestId(), target.asString().getValue());
        }
    }

    @Override
    public void commandSucceeded(CommandSucceededEvent event) {
        String collection = inFlight.remove((long) event.getRequestId());
        if (collection != null) {
            onOutboxUpdated.accept(collection);
        }
    }

    @Override
    public void commandFailed(CommandFailedEvent event) {
        inFlight.remove((long) event.getRequestId());
    }

    /** A $push to the outbox, or a whole replacement document holding a non-empty outbox. */
    private static boolean addsToOutbox(BsonValue update) {
        if (update == null || !update.isDocument()) {
            return false;
        }
        BsonDocument document = update.asDocument();
        BsonValue push = document.get("$push");
        if (push != null && push.isDocument() && push.asDocument().containsKey(OutboxEntry.FIELD)) {
            return true;
        }
        BsonValue outbox = document.get(OutboxEntry.FIELD);
        return outbox != null && outbox.isArray() && !outbox.asArray().isEmpty();
    }
}
