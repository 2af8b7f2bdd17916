package io.opensdr.prospector.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.opensdr.kit.testing.TestMongo;
import io.opensdr.prospector.domain.CandidateMother;
import io.opensdr.prospector.sources.csv.ImportSegment;
import io.opensdr.prospector.sources.csv.ImportedRow;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The CSV import's store on a real MongoDB wire-protocol server (mongo-java-server): the campaign
 * lock, the atomic commit that makes an import's rows servable, and what a failed import leaves.
 */
class MongoImportedPeopleIT {

    private static final String DATABASE = "prospector-imports-it";
    private static final Instant NOW = Instant.parse("2026-11-27T06:00:00Z");
    private static final Duration STALE = Duration.ofMinutes(30);

    private final MongoClient client = MongoClients.create(TestMongo.uri(DATABASE));
    private final MongoImportedPeople people = new MongoImportedPeople(new MongoTemplate(client, DATABASE));

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void shouldLetOneImportOfACampaignRunAtATimeAndTakeOverAStaleLock() {
        assertThat(people.lock("c-lock", "first", NOW, STALE)).isTrue();
        assertThat(people.lock("c-lock", "second", NOW.plusSeconds(60), STALE)).isFalse();
        assertThat(people.lock("c-other", "third", NOW, STALE)).isTrue();

        people.unlock("c-lock", "second"); // not the holder: no effect
        assertThat(people.lock("c-lock", "second", NOW.plusSeconds(120), STALE)).isFalse();

        assertThat(people.lock("c-lock", "second", NOW.plus(STALE).plusSeconds(1), STALE)).isTrue();
        assertThat(people.commit("c-lock", "first", counts(50, 1))).isFalse(); // its lock was taken over
        assertThat(people.segments("c-lock")).isEmpty();
    }

    @Test
    void shouldServeRowsOnlyOnceTheirImportIsCommittedAndAfterTheEarlierImports() {
        people.lock("c-commit", "imp-1", NOW, STALE);
        people.insert(List.of(row("c-commit", "imp-1", 80, 0, "a"), row("c-commit", "imp-1", 80, 1, "b")));
        List<Long> hashes = new ArrayList<>();
        people.forEachImportedEmail("c-commit", hashes::add);
        assertThat(hashes).isEmpty(); // not committed yet
        assertThat(people.segments("c-commit")).isEmpty();

        assertThat(people.commit("c-commit", "imp-1", counts(80, 2))).isTrue();
        people.lock("c-commit", "imp-2", NOW, STALE);
        people.insert(List.of(row("c-commit", "imp-2", 90, 0, "c")));
        assertThat(people.commit("c-commit", "imp-2", counts(90, 1))).isTrue();

        assertThat(people.segments("c-commit")).extracting(ImportSegment::importId, ImportSegment::base)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("imp-1", 0L), org.assertj.core.groups.Tuple.tuple("imp-2", 2L));
        people.forEachImportedEmail("c-commit", hashes::add);
        assertThat(hashes).containsExactlyInAnyOrder(hash("a"), hash("b"), hash("c"));
        assertThat(people.findByKeys(List.of("imp-2/90/0", "imp-1/80/1", "missing")))
                .extracting(r -> r.candidate().sourceKey()).containsExactly("c", "b");
        assertThat(people.lock("c-commit", "imp-3", NOW, STALE)).isTrue(); // the commit released the lock
    }

    @Test
    void shouldDeleteTheRowsOfADiscardedImportOnly() {
        people.lock("c-discard", "kept", NOW, STALE);
        people.insert(List.of(row("c-discard", "kept", 10, 0, "k")));
        people.commit("c-discard", "kept", counts(10, 1));
        people.lock("c-discard", "broken", NOW, STALE);
        people.insert(List.of(row("c-discard", "broken", 10, 0, "x")));

        people.discard("broken");

        assertThat(people.findByKeys(List.of("kept/10/0", "broken/10/0"))).extracting(r -> r.candidate().sourceKey())
                .containsExactly("k");
    }

    private static int[] counts(int priority, int count) {
        int[] counts = new int[ImportSegment.PRIORITIES];
        counts[priority] = count;
        return counts;
    }

    private static long hash(String key) {
        return key.hashCode();
    }

    private static ImportedRow row(String campaignId, String importId, int priority, int seq, String key) {
        return new ImportedRow(campaignId, importId, seq + 2, priority, seq, hash(key), CandidateMother.aVpAtAFintech(key));
    }
}
