package io.opensdr.outreach.domain;

import java.util.Objects;

/**
 * Adds the RFC 2369 / RFC 8058 headers to every email, whatever its transport: {@code
 * List-Unsubscribe} with the signed one-click link (and a mailto address when one is configured)
 * and {@code List-Unsubscribe-Post: List-Unsubscribe=One-Click}, which mailbox providers require
 * of bulk senders to show their own unsubscribe button.
 */
public final class ListUnsubscribeHeaders implements OutgoingEmailDecorator {

    public static final String LIST_UNSUBSCRIBE = "List-Unsubscribe";
    public static final String LIST_UNSUBSCRIBE_POST = "List-Unsubscribe-Post";
    public static final String ONE_CLICK = "List-Unsubscribe=One-Click";

    private final SignedUnsubscribeLinks links;
    private final String mailto;

    /** @param mailto an address that unsubscribes whoever writes to it; null or blank for none */
    public ListUnsubscribeHeaders(SignedUnsubscribeLinks links, String mailto) {
        this.links = Objects.requireNonNull(links, "links");
        this.mailto = mailto == null || mailto.isBlank() ? null : mailto.trim();
        if (this.mailto != null && !this.mailto.matches("[^\\s<>@,]+@[^\\s<>@,]+")) {
            throw new IllegalArgumentException("the unsubscribe mailto must be a bare address, was " + mailto);
        }
    }

    @Override
    public OutgoingEmail decorate(OutgoingEmail email, MailTransport.Kind transport) {
        String link = links.linkForEmail(email.workspaceId(), email.prospectId(), email.emailId());
        String value = "<" + link + ">" + (mailto == null ? "" : ", <mailto:" + mailto + "?subject=unsubscribe>");
        return email.withHeader(LIST_UNSUBSCRIBE, value).withHeader(LIST_UNSUBSCRIBE_POST, ONE_CLICK);
    }
}
