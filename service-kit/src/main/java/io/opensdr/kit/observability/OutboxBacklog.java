package io.opensdr.kit.observability;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.opensdr.kit.outbox.OutboxCollection;
import io.opensdr.kit.outbox.OutboxEntry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * {@value #NAME}: per outbox collection, how many documents hold events the relay has not published
 * yet (for a collection that keeps its events apart, how many events wait in its collection of events). Counted when scraped, at most once per {@link #MAX_AGE} per collection (a scrape never
 * makes more than one count per collection), and -1 while the store cannot be counted.
 */
public class OutboxBacklog implements MeterBinder {

    public static final String NAME = "opensdr.outbox.backlog";
    static final Duration MAX_AGE = Duration.ofSeconds(10);

    private final MongoTemplate mongo;
    private final List<OutboxCollection> collections;
    private final Map<String, long[]> counted = new ConcurrentHashMap<>();

    public OutboxBacklog(MongoTemplate mongo, List<OutboxCollection> collections) {
        this.mongo = mongo;
        this.collections = collections;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (OutboxCollection collection : collections) {
            // A collection that keeps its events apart has its events counted, not its documents:
            // counting documents with an outbox scans them all on a store without an index for it.
            String counted = collection.events() != null ? collection.events() : collection.name();
            Gauge.builder(NAME, () -> backlog(counted))
                    .description("Documents whose outbox holds events not yet published")
                    .tag("collection", counted)
                    .register(registry);
        }
    }

    private double backlog(String collection) {
        long now = System.nanoTime();
        long[] last = counted.get(collection); // {count, at}
        if (last != null && now - last[1] < MAX_AGE.toNanos()) {
            return last[0];
        }
        long count;
        try {
            boolean events = collections.stream().anyMatch(each -> collection.equals(each.events()));
            count = mongo.count(events ? new Query() : new Query(Criteria.where(OutboxEntry.FIELD + ".0").exists(true)), collection);
        } catch (RuntimeException unavailable) {
            count = -1;
        }
        counted.put(collection, new long[] {count, now});
        return count;
    }
}
