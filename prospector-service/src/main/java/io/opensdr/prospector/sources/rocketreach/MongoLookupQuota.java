package io.opensdr.prospector.sources.rocketreach;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The lookup quota in MongoDB, one counter document per UTC day ({@code day:2026-11-27}) and per
 * month ({@code month:2026-11}). Taking a lookup is one conditional upsert per counter:
 * {@code {_id, used < limit}} with {@code $inc used}. When the counter is at its limit the filter
 * matches nothing, the upsert tries to insert a second document with the same {@code _id}, and
 * the duplicate key says "spent", so two instances can never take more than the limit between
 * them.
 */
public class MongoLookupQuota implements LookupQuota {

    static final String COLLECTION = "rocketreachLookupQuota";

    private final MongoTemplate mongo;
    private final Clock clock;
    private final int perDay;
    private final Integer perMonth;

    public MongoLookupQuota(MongoTemplate mongo, Clock clock, int perDay, Integer perMonth) {
        if (perDay < 0 || perMonth != null && perMonth < 0) {
            throw new IllegalArgumentException("RocketReach lookup quotas cannot be negative");
        }
        this.mongo = mongo;
        this.clock = clock;
        this.perDay = perDay;
        this.perMonth = perMonth;
    }

    @Override
    public boolean tryConsume() {
        LocalDate day = LocalDate.now(clock);
        if (!take(dayKey(day), perDay)) {
            return false;
        }
        if (perMonth != null && !take(monthKey(YearMonth.from(day)), perMonth)) {
            mongo.updateFirst(Query.query(where("_id").is(dayKey(day))), new Update().inc("used", -1), COLLECTION);
            return false;
        }
        return true;
    }

    @Override
    public Status status() {
        LocalDate day = LocalDate.now(clock);
        YearMonth month = YearMonth.from(day);
        return new Status(day, used(dayKey(day)), perDay, month, used(monthKey(month)), perMonth);
    }

    private boolean take(String key, int limit) {
        if (limit == 0) {
            return false;
        }
        Query belowLimit = Query.query(where("_id").is(key).and("used").lt(limit));
        // Twice: the first upsert of a day can lose an insert race to another instance, and then
        // the counter exists and the second try is the real answer.
        for (int attempt = 0; attempt < 2; attempt++) {
            try {
                mongo.upsert(belowLimit, new Update().inc("used", 1), COLLECTION);
                return true;
            } catch (DuplicateKeyException spentOrRace) {
                // see above
            }
        }
        return false;
    }

    private int used(String key) {
        Document counter = mongo.findById(key, Document.class, COLLECTION);
        return counter == null || !(counter.get("used") instanceof Number used) ? 0 : used.intValue();
    }

    private static String dayKey(LocalDate day) {
        return "day:" + day;
    }

    private static String monthKey(YearMonth month) {
        return "month:" + month;
    }
}
