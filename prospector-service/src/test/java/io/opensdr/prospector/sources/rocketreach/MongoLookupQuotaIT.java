package io.opensdr.prospector.sources.rocketreach;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.opensdr.kit.testing.TestMongo;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The lookup quota on the MongoDB wire protocol (mongo-java-server), as instances share it. */
class MongoLookupQuotaIT {

    private static final Clock NOV_27 = Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC);
    private static final Clock NOV_28 = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC);

    private MongoClient client;
    private MongoTemplate mongo;

    @BeforeEach
    void setUp() {
        String database = "quota-" + UUID.randomUUID();
        client = MongoClients.create(TestMongo.uri(database));
        mongo = new MongoTemplate(client, database);
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    @Test
    void shouldGiveLookupsUpToTheDailyLimitThenRefuse() {
        MongoLookupQuota quota = new MongoLookupQuota(mongo, NOV_27, 3, null);

        assertThat(List.of(quota.tryConsume(), quota.tryConsume(), quota.tryConsume(), quota.tryConsume()))
                .containsExactly(true, true, true, false);
        LookupQuota.Status status = quota.status();
        assertThat(status.day()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(status.usedToday()).isEqualTo(3);
        assertThat(status.exhausted()).isTrue();
        assertThat(status.resetsAt()).isEqualTo(Instant.parse("2026-11-28T00:00:00Z"));
    }

    @Test
    void shouldKeepTheCountAcrossARestartAndStartAfreshTheNextDay() {
        new MongoLookupQuota(mongo, NOV_27, 2, null).tryConsume();

        MongoLookupQuota restarted = new MongoLookupQuota(mongo, NOV_27, 2, null);
        assertThat(restarted.status().usedToday()).isEqualTo(1);
        assertThat(restarted.tryConsume()).isTrue();
        assertThat(restarted.tryConsume()).isFalse();

        MongoLookupQuota tomorrow = new MongoLookupQuota(mongo, NOV_28, 2, null);
        assertThat(tomorrow.status().usedToday()).isZero();
        assertThat(tomorrow.tryConsume()).isTrue();
    }

    @Test
    void shouldStopAtTheMonthlyLimitWithoutCountingTheRefusedLookupToday() {
        assertThat(new MongoLookupQuota(mongo, NOV_27, 10, 3).tryConsume()).isTrue();
        assertThat(new MongoLookupQuota(mongo, NOV_27, 10, 3).tryConsume()).isTrue();
        MongoLookupQuota nextDay = new MongoLookupQuota(mongo, NOV_28, 10, 3);

        assertThat(nextDay.tryConsume()).isTrue();
        assertThat(nextDay.tryConsume()).isFalse();

        LookupQuota.Status status = nextDay.status();
        assertThat(status.usedToday()).isEqualTo(1); // the refused one was given back
        assertThat(status.usedThisMonth()).isEqualTo(3);
        assertThat(status.exhausted()).isTrue();
        assertThat(status.resetsAt()).isEqualTo(Instant.parse("2026-12-01T00:00:00Z"));
        assertThat(status.describe()).isEqualTo("RocketReach lookup quota spent: 1 of 10 today, 3 of 3 this month");
    }

    @Test
    void shouldGiveNoLookupWithAZeroQuota() {
        assertThat(new MongoLookupQuota(mongo, NOV_27, 0, null).tryConsume()).isFalse();
    }

    @Test
    void shouldNeverGiveMoreThanTheLimitToInstancesRacing() throws Exception {
        int limit = 25;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> takers = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                MongoLookupQuota instance = new MongoLookupQuota(mongo, NOV_27, limit, null); // one per "instance"
                takers.add(instance::tryConsume);
            }
            int given = 0;
            for (Future<Boolean> taken : pool.invokeAll(takers)) {
                given += taken.get() ? 1 : 0;
            }

            assertThat(given).isEqualTo(limit);
            assertThat(new MongoLookupQuota(mongo, NOV_27, limit, null).status().usedToday()).isEqualTo(limit);
        } finally {
            pool.shutdownNow();
        }
    }
}
