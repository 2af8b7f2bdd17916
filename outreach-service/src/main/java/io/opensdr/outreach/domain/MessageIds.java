package io.opensdr.outreach.domain;

import java.util.UUID;

/**
 * RFC 5322 Message-IDs of the form {@code <ledgerId.random@opensdr.local>}. The ledger id is
 * recognisable in the header (handy when reconciling against the mailbox), the random part makes
 * the id unique worldwide. Characters that are not allowed in a dot-atom (such as the ':' of a
 * ledger id) become '-'.
 */
public final class MessageIds {

    public static final String DOMAIN = "opensdr.local";

    private MessageIds() {
    }

    public static String next(String ledgerId) {
        String random = UUID.randomUUID().toString().replace("-", "");
        return "<" + atext(ledgerId) + "." + random + "@" + DOMAIN + ">";
    }

    /** RFC 5322 atext: letters, digits and !#$%&'*+-/=?^_`{|}~ (no dots, so no empty atoms). */
    private static String atext(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            boolean allowed = (c < 128 && Character.isLetterOrDigit(c)) || "!#$%&'*+-/=?^_`{|}~".indexOf(c) >= 0;
            out.append(allowed ? c : '-');
        }
        return out.length() == 0 ? "email" : out.toString();
    }
}
