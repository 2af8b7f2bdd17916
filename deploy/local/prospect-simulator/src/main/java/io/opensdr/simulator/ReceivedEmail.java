package io.opensdr.simulator;

import java.util.List;

/**
 * An email as it sits in a prospect's mailbox.
 *
 * @param mailbox         the prospect's address (whose mailbox it is in)
 * @param replyTo         where a reply goes: Reply-To, else From
 * @param references      the References header, or null
 * @param listUnsubscribe the List-Unsubscribe header, or null
 */
record ReceivedEmail(String mailbox, String messageId, String replyTo, String subject, String references,
                     String text, String html, String listUnsubscribe) {

    List<String> urls() {
        return EmailLinks.urls(text, html);
    }
}
