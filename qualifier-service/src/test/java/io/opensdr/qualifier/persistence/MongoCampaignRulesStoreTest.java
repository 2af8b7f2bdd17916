package io.opensdr.qualifier.persistence;

import static io.opensdr.qualifier.domain.CampaignRulesMother.fintechsInFrance;
import static io.opensdr.qualifier.domain.CampaignRulesMother.withSettings;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.opensdr.kit.testing.MutableClock;
import io.opensdr.kit.testing.TestMongo;
import io.opensdr.qualifier.domain.CampaignRules;
import io.opensdr.qualifier.domain.QualificationSettings;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The campaign rules and their cache, two instances sharing one database (mongo-java-server). */
class MongoCampaignRulesStoreTest {

    private static final MongoClient client = MongoClients.create(TestMongo.uri("campaign-rules-store-test"));
    private static final Duration TTL = Duration.ofSeconds(1);

    private final MongoTemplate mongo = new MongoTemplate(client, "campaign-rules-store-test");
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T06:00:00Z"));
    private final MongoCampaignRulesStore applying = new MongoCampaignRulesStore(mongo, clock, TTL);
    private final MongoCampaignRulesStore otherInstance = new MongoCampaignRulesStore(mongo, clock, TTL);

    @AfterAll
    static void close() {
        client.close();
    }

    @Test
    void shouldSeeANewerRevisionSavedThroughItselfAtOnceAndNeverGoBack() {
        CampaignRules first = fintechsInFrance("c-cache-own");
        CampaignRules second = withSettings(first, 2, new QualificationSettings(70, 5, 80, 25, 25, 25, 25));

        assertThat(applying.save(first)).isTrue();
        assertThat(applying.find("c-cache-own")).contains(first);
        assertThat(applying.save(second)).isTrue();
        assertThat(applying.find("c-cache-own")).contains(second);

        assertThat(applying.save(first)).isFalse();
        assertThat(applying.find("c-cache-own")).contains(second);
        clock.advance(TTL.plusMillis(1));
        assertThat(applying.find("c-cache-own")).contains(second);
    }

    @Test
    void shouldSeeARevisionSavedByAnotherInstanceOnceItsEntryIsOlderThanTheTtl() {
        CampaignRules first = fintechsInFrance("c-cache-other");
        CampaignRules second = withSettings(first, 2, new QualificationSettings(70, 5, 80, 25, 25, 25, 25));
        applying.save(first);
        assertThat(otherInstance.find("c-cache-other")).contains(first);

        applying.save(second);
        assertThat(otherInstance.find("c-cache-other")).as("cached within the TTL").contains(first);
        clock.advance(TTL);
        assertThat(otherInstance.find("c-cache-other")).contains(second);
    }

    @Test
    void shouldNotCacheAnUnknownCampaign() {
        assertThat(otherInstance.find("c-cache-unknown")).isEmpty();

        applying.save(fintechsInFrance("c-cache-unknown"));

        assertThat(otherInstance.find("c-cache-unknown")).contains(fintechsInFrance("c-cache-unknown"));
    }
}
