package io.opensdr.outreach.domain;

import java.util.Optional;

/** How far each mailbox has been read, so that a restart reads on from there. */
public interface MailboxCursors {

    /**
     * @param uidValidity the folder's UIDVALIDITY: when the server changes it, UIDs start over
     * @param lastUid     the highest UID read
     */
    record Cursor(String mailbox, long uidValidity, long lastUid) {
    }

    Optional<Cursor> find(String mailbox);

    void save(Cursor cursor);
}
