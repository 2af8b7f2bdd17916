package io.opensdr.campaign.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.opensdr.campaign.domain.Draft;
import io.opensdr.campaign.domain.DraftMother;
import io.opensdr.campaign.domain.DraftStatus;
import io.opensdr.campaign.domain.Recipient;
import io.opensdr.campaign.messaging.EmailApprovedMapper;
import io.opensdr.kit.privacy.AddressHash;
import io.opensdr.kit.testing.TestMongo;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/** An erased person leaves the review queue's drafts, on a real MongoDB wire-protocol server. */
class MongoErasedPeopleTest {

    private static final String DATABASE = "campaign-erasure-test";
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final MongoClient client = MongoClients.create(TestMongo.uri(DATABASE));

    private final MongoTemplate mongo = new MongoTemplate(client, DATABASE);
    private final MongoErasedPeople erased = new MongoErasedPeople(mongo, Clock.fixed(NOW, ZoneOffset.UTC));
    private final MongoDraftStore drafts = new MongoDraftStore(mongo, new EmailApprovedMapper(), erased);

    @AfterAll
    static void close() {
        client.close();
    }

    @BeforeEach
    void queue() {
        mongo.remove(new Query(), DraftDocument.COLLECTION);
        mongo.remove(new Query(), MongoErasedPeople.ERASED_PEOPLE);
        drafts.insertOnce(draft("d-named", "p-named", "workspace-1", DraftMother.grace()));
        drafts.insertOnce(draft("d-same-address", "p-other-campaign", "workspace-1", withEmail(" GRACE@acme.example")));
        drafts.insertOnce(draft("d-else", "p-else", "workspace-1", withEmail("ada@acme.example")));
        drafts.insertOnce(draft("d-other-workspace", "p-named", "workspace-2", DraftMother.grace()));
        Draft approved = draft("d-approved", "p-approved", "workspace-1", DraftMother.grace()).approve(null, "u1", NOW);
        drafts.insertOnce(draft("d-approved", "p-approved", "workspace-1", DraftMother.grace()));
        assertThat(drafts.approveIfPending(approved)).isTrue();
    }

    @Test
    void shouldBlankTheErasedPersonsDraftsAndRejectThoseStillPending() {
        long count = erased.erase("workspace-1", AddressHash.of("workspace-1", "grace@acme.example"), List.of("p-named"));

        assertThat(count).isEqualTo(3);
        Draft named = drafts.find("workspace-1", "d-named").orElseThrow();
        assertThat(named.status()).isEqualTo(DraftStatus.REJECTED);
        assertThat(named.recipient()).isEqualTo(new Recipient(null, null, null, null, null, null, null, null));
        assertThat(named.subject()).isEmpty();
        assertThat(named.body()).isEmpty();
        assertThat(drafts.find("workspace-1", "d-same-address").orElseThrow().recipient().email()).isNull();
        Draft approved = drafts.find("workspace-1", "d-approved").orElseThrow();
        assertThat(approved.status()).as("what happened is kept").isEqualTo(DraftStatus.APPROVED);
        assertThat(approved.recipient().email()).isNull();
        assertThat(drafts.find("workspace-1", "d-else").orElseThrow().recipient().email()).isEqualTo("ada@acme.example");
        assertThat(drafts.find("workspace-2", "d-other-workspace").orElseThrow().recipient().email())
                .isEqualTo("grace@acme.example");
        assertThat(drafts.list("workspace-1", null, null)).as("the queue keeps its history").hasSize(4);
    }

    @Test
    void shouldNotBringAnErasedDraftBackWhenItsDraftEventIsRedelivered() {
        erased.erase("workspace-1", AddressHash.of("workspace-1", "grace@acme.example"), List.of("p-named"));

        drafts.insertOnce(draft("d-named", "p-named", "workspace-1", DraftMother.grace()));

        assertThat(drafts.find("workspace-1", "d-named").orElseThrow().recipient().email()).isNull();
        assertThat(erased.erase("workspace-1", AddressHash.of("workspace-1", "grace@acme.example"), List.of("p-named")))
                .as("a redelivered erasure").isZero();
    }

    @Test
    void shouldEraseADraftThatArrivesAfterItsPersonsErasure() {
        erased.erase("workspace-1", AddressHash.of("workspace-1", "late@acme.example"), List.of("p-late-named"));

        drafts.insertOnce(draft("d-late-by-address", "p-late", "workspace-1", withEmail("Late@acme.example")));
        drafts.insertOnce(draft("d-late-by-id", "p-late-named", "workspace-1", withEmail("other@acme.example")));
        drafts.insertOnce(draft("d-not-erased", "p-fine", "workspace-2", withEmail("late@acme.example")));

        Draft byAddress = drafts.find("workspace-1", "d-late-by-address").orElseThrow();
        assertThat(byAddress.recipient().email()).isNull();
        assertThat(byAddress.status()).isEqualTo(DraftStatus.REJECTED);
        assertThat(drafts.find("workspace-1", "d-late-by-id").orElseThrow().recipient().email()).isNull();
        assertThat(drafts.find("workspace-2", "d-not-erased").orElseThrow().recipient().email())
                .isEqualTo("late@acme.example");
    }

    private static Recipient withEmail(String email) {
        Recipient grace = DraftMother.grace();
        return new Recipient(grace.firstName(), grace.lastName(), email, grace.title(), grace.companyName(),
                grace.companyDomain(), grace.industry(), grace.timeZone());
    }

    private static Draft draft(String id, String prospectId, String workspaceId, Recipient recipient) {
        return Draft.proposed(id, workspaceId, "campaign-1", prospectId, 1, recipient, "Hello", "Hi", 70,
                Instant.parse("2026-01-08T10:00:00Z"));
    }
}
