package io.opensdr.outreach.domain;

import java.util.List;
import java.util.Optional;

/** Read access to the send ledger for tracking: the ledger is the only source of truth of what was sent. */
public interface SentEmails {

    /** By ledger id (prospectId:step), whatever its status. */
    Optional<SentEmail> byId(String emailId);

    /** By the RFC 5322 Message-ID it was sent with (angle brackets included, as in the header). */
    Optional<SentEmail> byMessageId(String messageId);

    /** Every mailbox that has sent at least one email: the mailboxes replies arrive in. */
    List<String> senderMailboxes();
}
