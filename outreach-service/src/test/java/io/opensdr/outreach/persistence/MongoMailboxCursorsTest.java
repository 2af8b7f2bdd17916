package io.opensdr.outreach.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.opensdr.kit.testing.TestMongo;
import io.opensdr.outreach.domain.MailboxCursors.Cursor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

class MongoMailboxCursorsTest {

    private static final MongoClient client = MongoClients.create(TestMongo.uri("mailbox-cursors-test"));

    private final MongoTemplate mongo = new MongoTemplate(client, "mailbox-cursors-test");

    @AfterAll
    static void close() {
        client.close();
    }

    @Test
    void shouldKeepTheLastCursorOfEachMailboxAcrossInstances() {
        new MongoMailboxCursors(mongo).save(new Cursor("sales@opensdr.example", 7, 41));
        new MongoMailboxCursors(mongo).save(new Cursor("sales@opensdr.example", 7, 42));
        new MongoMailboxCursors(mongo).save(new Cursor("other@opensdr.example", 3, 1));

        MongoMailboxCursors restarted = new MongoMailboxCursors(mongo);
        assertThat(restarted.find("sales@opensdr.example")).contains(new Cursor("sales@opensdr.example", 7, 42));
        assertThat(restarted.find("other@opensdr.example")).contains(new Cursor("other@opensdr.example", 3, 1));
        assertThat(restarted.find("never@opensdr.example")).isEmpty();
    }
}
