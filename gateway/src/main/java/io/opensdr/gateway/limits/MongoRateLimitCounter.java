package io.opensdr.gateway.limits;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoCollection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Counts in MongoDB, shared by every gateway instance: one document per key and window ({@code
 * _id} = key and the window's start; windows aligned on the epoch, so every instance agrees on
 * them), incremented with one atomic {@code findAndModify} ({@code $inc}, upsert) looked up by
 * {@code _id} alone. A TTL index on {@code expiresAt} (the window's end) removes ended windows.
 */
final class MongoRateLimitCounter implements RateLimitCounter, AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(MongoRateLimitCounter.class);

  private static final FindOneAndUpdateOptions UPSERT_RETURNING_NEW =
      new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER);

  private final MongoCollection<Document> windows;
  private final Clock clock;
  private final Disposable ttlIndex;
  private volatile boolean ttlIndexCreated;

  MongoRateLimitCounter(MongoCollection<Document> windows, Clock clock) {
    this.windows = windows;
    this.clock = clock;
    // Created in the background, retried until MongoDB answers: a gateway starts (and fails
    // open) while its database is down.
    this.ttlIndex =
        Mono.from(
                windows.createIndex(
                    Indexes.ascending("expiresAt"),
                    new IndexOptions().expireAfter(0L, TimeUnit.SECONDS)))
            .retryWhen(
                Retry.backoff(Long.MAX_VALUE, Duration.ofSeconds(1))
                    .maxBackoff(Duration.ofMinutes(1))
                    .doBeforeRetry(
                        signal ->
                            log.debug("The rate limits' TTL index: {}", signal.failure().toString())))
            .subscribe(
                index -> {
                  ttlIndexCreated = true;
                  log.debug("The rate limits' TTL index: {}", index);
                });
  }

  /**
   * Whether MongoDB answered the TTL index request. Tests wait for it: mongo-java-server fails an
   * upsert that races the creation of an index on its collection ("Unknown error: null", 1 in
   * about 100 on a new counter), which the limiter then lets through uncounted.
   */
  boolean ttlIndexCreated() {
    return ttlIndexCreated;
  }

  @Override
  public Mono<Count> increment(String key, Duration window) {
    long now = clock.millis();
    long length = window.toMillis();
    long start = now - Math.floorMod(now, length);
    Instant end = Instant.ofEpochMilli(start + length);
    return Mono.from(
            windows.findOneAndUpdate(
                Filters.eq("_id", key + "@" + start),
                Updates.combine(
                    Updates.inc("hits", 1L), Updates.setOnInsert("expiresAt", Date.from(end))),
                UPSERT_RETURNING_NEW))
        .map(counted -> new Count(counted.get("hits", Number.class).longValue(), end));
  }

  @Override
  public void close() {
    ttlIndex.dispose();
  }
}
