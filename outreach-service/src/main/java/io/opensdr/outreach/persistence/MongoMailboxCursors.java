package io.opensdr.outreach.persistence;

import io.opensdr.outreach.domain.MailboxCursors;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Repository;

/** One document per mailbox: its folder's UIDVALIDITY and the highest UID read. */
@Repository
class MongoMailboxCursors implements MailboxCursors {

    private final MongoTemplate mongo;

    MongoMailboxCursors(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<Cursor> find(String mailbox) {
        return Optional.ofNullable(mongo.findById(mailbox, CursorDocument.class))
                .map(document -> new Cursor(document.id(), document.uidValidity(), document.lastUid()));
    }

    @Override
    public void save(Cursor cursor) {
        mongo.save(new CursorDocument(cursor.mailbox(), cursor.uidValidity(), cursor.lastUid()));
    }

    @Document("reply_cursors")
    record CursorDocument(@Id String id, long uidValidity, long lastUid) {
    }
}
