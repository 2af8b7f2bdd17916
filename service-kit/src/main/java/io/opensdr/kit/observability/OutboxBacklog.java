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
 * yet (and per collection of events, how many events wait there). Counted when scraped, at most once per {@link #MAX_AGE} per collection (a scrape never
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
            Gauge.builder(NAME, () -> backlog(collection.name()))
                    .description("Documents whose outbox holds events not yet published")
                    .tag("collection", collection.name())
                    .register(registry);
            if (collection.events() != null) {
                // Each document there is one event waiting: the relay deletes it once published.
                Gauge.builder(NAME, () -> backlog(collection.events()))
                        .description("Documents whose outbox holds events not yet published")
                        .tag("collection", collection.events())
                        .register(registry);
            }
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
