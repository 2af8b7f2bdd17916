package io.opensdr.kit.outbox;

import com.mongodb.event.CommandFailedEvent;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import com.mongodb.event.CommandSucceededEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * Watches the MongoDB client's commands for updates that add events to an outbox ({@link
 * Outbox#record} pushes them), and tells the relay which collection, and which documents when
 * every such update names its document by {@code _id}, once the server has applied the write, so
 * that such events go out at once rather than at the next safety sweep. The relay reads named
 * documents by id; for an update that does not name its documents it sweeps the collection, which
 * scans it on a store without an index on the outbox. Inserts and saves are seen through Spring
 * Data's AfterSaveEvent instead, with their ids.
 */
public class OutboxWrites implements CommandListener {

    private final Set<String> collections;
    private final Map<Long, Written> inFlight = new ConcurrentHashMap<>();
    private volatile BiConsumer<String, List<BsonValue>> onOutboxUpdated = (collection, ids) -> { };

    public OutboxWrites(Set<String> collections) {
        this.collections = Set.copyOf(collections);
    }

    /** @param listener told of the collection, and of the updated documents' ids or null when not all are known */
    void onOutboxUpdated(BiConsumer<String, List<BsonValue>> listener) {
        this.onOutboxUpdated = listener;
    }

    /** @param ids null when an update did not name its documents by id */
    private record Written(String collection, List<BsonValue> ids) {
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
        List<BsonDocument> adding = new ArrayList<>();
        if ("update".equals(name)) {
            if (command.containsKey("updates")) {
                for (BsonValue update : command.getArray("updates")) {
                    if (update.isDocument() && addsToOutbox(update.asDocument().get("u"))) {
                        adding.add(update.asDocument().getDocument("q", new BsonDocument()));
                    }
                }
            }
        } else if (addsToOutbox(command.get("update"))) {
            adding.add(command.getDocument("query", new BsonDocument()));
        }
        if (!adding.isEmpty()) {
            List<BsonValue> ids = new ArrayList<>();
            for (BsonDocument filter : adding) {
                if (!addIds(filter.get("_id"), ids)) {
                    ids = null;
                    break;
                }
            }
            inFlight.put((long) event.getRequestId(), new Written(target.asString().getValue(), ids));
        }
    }

    @Override
    public void commandSucceeded(CommandSucceededEvent event) {
        Written written = inFlight.remove((long) event.getRequestId());
        if (written != null) {
            onOutboxUpdated.accept(written.collection(), written.ids());
        }
    }

    /** Adds the ids a filter's {@code _id} names (a value, {@code $eq} or {@code $in}); false when it names none. */
    private static boolean addIds(BsonValue id, List<BsonValue> ids) {
        if (id == null) {
            return false;
        }
        if (!id.isDocument()) {
            ids.add(id);
            return true;
        }
        BsonDocument condition = id.asDocument();
        if (condition.size() == 1 && condition.containsKey("$eq")) {
            ids.add(condition.get("$eq"));
            return true;
        }
        if (condition.size() == 1 && condition.isArray("$in")) {
            ids.addAll(condition.getArray("$in"));
            return true;
        }
        // An id that is itself a document, or another operator: not one known document.
        return false;
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
