package io.opensdr.gateway.limits;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

/**
 * Two gateway instances' limiters, each with its own MongoDB client, over one MongoDB
 * (mongo-java-server): they share the limit.
 */
class MongoRateLimitCounterTest {

  private static final Duration WINDOW = Duration.ofMinutes(1);
  private static final RateLimitProperties.Limit FIVE_A_MINUTE =
      new RateLimitProperties.Limit(5, WINDOW);

  private final AdjustableClock clock = new AdjustableClock();
  private final List<AutoCloseable> closeables = new ArrayList<>();
  private MongoServer server;
  private String uri;
  private final String collection = "windows-" + UUID.randomUUID();
  private final Instant windowStart = AdjustableClock.into(WINDOW, Duration.ZERO);

  @BeforeEach
  void startMongo() {
    server = new MongoServer(new MemoryBackend());
    server.bind("127.0.0.1", 0);
    InetSocketAddress address = server.getLocalAddress();
    uri = "mongodb://127.0.0.1:" + address.getPort();
    // 10 s into a minute: 50 s left in the window.
    clock.at(windowStart.plusSeconds(10));
  }

  @AfterEach
  void stop() throws Exception {
    for (int i = closeables.size() - 1; i >= 0; i--) {
      closeables.get(i).close();
    }
    server.shutdownNow();
  }

  @Test
  void shouldRefuseTheRequestThatTakesTheSumOfBothInstancesPastTheLimit() {
    FixedWindowRateLimiter first = limiter();
    FixedWindowRateLimiter second = limiter();

    for (int i = 0; i < 5; i++) {
      FixedWindowRateLimiter instance = i % 2 == 0 ? first : second;
      assertThat(instance.tryAcquire("203.0.113.7").block().allowed()).as("hit %d", i + 1).isTrue();
    }
    FixedWindowRateLimiter.Decision sixth = second.tryAcquire("203.0.113.7").block();
    FixedWindowRateLimiter.Decision seventh = first.tryAcquire("203.0.113.7").block();

    assertThat(sixth.allowed()).isFalse();
    assertThat(sixth.retryAfterSeconds()).isBetween(48L, 50L);
    assertThat(seventh.allowed()).isFalse();
    // Another key has its own count.
    assertThat(first.tryAcquire("203.0.113.8").block().allowed()).isTrue();
  }

  /**
   * Every concurrent hit is counted once, and never more than the limit pass. (mongo-java-server's
   * findAndModify answers the stored document as it is when the answer is written, after its lock
   * is released: a probe of 300 such bursts answered a concurrent hit a count already taken by the
   * next in 3-7 % of them, so there a request may be refused a little early. MongoDB answers each
   * increment's own count, and exactly 5 pass.)
   */
  @Test
  void shouldCountEveryConcurrentHitOnceAndNeverLetMoreThanTheLimitPass() {
    FixedWindowRateLimiter first = limiter();
    FixedWindowRateLimiter second = limiter();

    List<FixedWindowRateLimiter.Decision> decisions =
        Flux.range(0, 40)
            .flatMap(i -> (i % 2 == 0 ? first : second).tryAcquire("user-1"), 16)
            .collectList()
            .block();

    assertThat(decisions).hasSize(40);
    assertThat(decisions).filteredOn(FixedWindowRateLimiter.Decision::allowed).hasSizeBetween(1, 5);
    List<Document> windows = Flux.from(collection(client()).find()).collectList().block();
    assertThat(windows).hasSize(1);
    assertThat(windows.get(0).get("hits", Number.class).longValue()).isEqualTo(40);
  }

  @Test
  void shouldAllowAgainOnceTheWindowHasEnded() {
    FixedWindowRateLimiter first = limiter();
    FixedWindowRateLimiter second = limiter();
    for (int i = 0; i < 5; i++) {
      first.tryAcquire("user-2").block();
    }
    assertThat(second.tryAcquire("user-2").block().allowed()).isFalse();

    clock.advance(Duration.ofSeconds(50));

    assertThat(second.tryAcquire("user-2").block().allowed()).isTrue();
    assertThat(first.tryAcquire("user-2").block().allowed()).isTrue();
  }

  /**
   * The document that the TTL index on {@code expiresAt} removes once its window has ended
   * (mongo-java-server accepts that index but does not keep it: the next test checks the command).
   */
  @Test
  void shouldKeepOneDocumentPerKeyAndWindowExpiringAtTheWindowsEnd() {
    FixedWindowRateLimiter limiter = limiter();
    limiter.tryAcquire("user-3").block();
    limiter.tryAcquire("user-3").block();

    List<Document> windows = Flux.from(collection(client()).find()).collectList().block();

    assertThat(windows).hasSize(1);
    Document window = windows.get(0);
    assertThat(window.getString("_id")).isEqualTo("limit:user-3@" + windowStart.toEpochMilli());
    assertThat(window.get("hits", Number.class).longValue()).isEqualTo(2);
    assertThat(window.getDate("expiresAt").toInstant()).isEqualTo(windowStart.plus(WINDOW));
  }

  @Test
  void shouldAskForATtlIndexOnExpiresAt() {
    List<BsonDocument> createIndexes = new CopyOnWriteArrayList<>();
    MongoClient client =
        MongoClients.create(
            MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(uri))
                .addCommandListener(
                    new CommandListener() {
                      @Override
                      public void commandStarted(CommandStartedEvent event) {
                        if (event.getCommandName().equals("createIndexes")) {
                          createIndexes.add(event.getCommand().clone());
                        }
                      }
                    })
                .build());
    closeables.add(client);

    closeables.add(new MongoRateLimitCounter(collection(client), clock));

    Awaitility.await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(() -> assertThat(createIndexes).hasSize(1));
    BsonDocument index = createIndexes.get(0).getArray("indexes").get(0).asDocument();
    assertThat(index.getDocument("key")).isEqualTo(new BsonDocument("expiresAt", new BsonInt32(1)));
    assertThat(index.getNumber("expireAfterSeconds").longValue()).isZero();
  }

  @Test
  void shouldLetRequestsThroughWhenMongoDbIsDown() {
    FixedWindowRateLimiter limiter = limiter();
    for (int i = 0; i < 5; i++) {
      limiter.tryAcquire("user-4").block();
    }
    assertThat(limiter.tryAcquire("user-4").block().allowed()).isFalse();

    server.shutdownNow();

    // The first waits for the timeout (500 ms); the next ones do not ask MongoDB for 5 s.
    for (int i = 0; i < 10; i++) {
      long started = System.nanoTime();
      assertThat(limiter.tryAcquire("user-4").block(Duration.ofSeconds(5)).allowed()).isTrue();
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    }
    // Then asked again: still down, still passing.
    clock.advance(FixedWindowRateLimiter.PASS_AFTER_FAILURE.plusSeconds(1));
    assertThat(limiter.tryAcquire("user-4").block(Duration.ofSeconds(5)).allowed()).isTrue();
  }

  private FixedWindowRateLimiter limiter() {
    MongoRateLimitCounter counter = new MongoRateLimitCounter(collection(client()), clock);
    closeables.add(counter);
    // Counting while the index is created meets a race of mongo-java-server's (see ttlIndexCreated).
    Awaitility.await().atMost(Duration.ofSeconds(10)).until(counter::ttlIndexCreated);
    return new FixedWindowRateLimiter(
        "limit", FIVE_A_MINUTE, counter, clock, Duration.ofMillis(500));
  }

  private MongoClient client() {
    MongoClient client =
        MongoClients.create(
            MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(uri))
                .applyToClusterSettings(b -> b.serverSelectionTimeout(500, TimeUnit.MILLISECONDS))
                .build());
    closeables.add(client);
    return client;
  }

  private MongoCollection<Document> collection(MongoClient client) {
    return client.getDatabase("opensdr-gateway").getCollection(collection);
  }
}
