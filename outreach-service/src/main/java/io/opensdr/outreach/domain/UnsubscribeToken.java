package io.opensdr.outreach.domain;

import java.util.Optional;

/**
 * What an unsubscribe link names: ids only, never the address, since anyone holding the link can
 * read its payload. Signed with {@link SignedTokens}; the payload starts with its purpose so that a
 * token signed for another link (an open pixel, a click) is never taken for an unsubscribe token.
 *
 * @param emailId the send ledger entry (prospectId:step) the link came in; null for a link made
 *                before the email had one (a draft's footer)
 */
public record UnsubscribeToken(String workspaceId, String prospectId, String emailId) {

    private static final String PURPOSE = "unsubscribe.v1";
    private static final String SEPARATOR = "\n";

    public UnsubscribeToken {
        requireId(workspaceId, "workspaceId");
        requireId(prospectId, "prospectId");
        if (emailId != null && emailId.isBlank()) {
            emailId = null;
        }
        if (emailId != null) {
            requireId(emailId, "emailId");
        }
    }

    public String sign(SignedTokens tokens) {
        return tokens.sign(String.join(SEPARATOR, PURPOSE, workspaceId, prospectId, emailId == null ? "" : emailId));
    }

    /** The ids of a token this service signed for an unsubscribe link; empty for anything else. */
    public static Optional<UnsubscribeToken> read(SignedTokens tokens, String token) {
        return tokens.verify(token).flatMap(UnsubscribeToken::parse);
    }

    private static Optional<UnsubscribeToken> parse(String payload) {
        String[] parts = payload.split(SEPARATOR, -1);
        if (parts.length != 4 || !parts[0].equals(PURPOSE)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new UnsubscribeToken(parts[1], parts[2], parts[3]));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static void requireId(String id, String name) {
        if (id == null || id.isBlank() || id.length() > 200 || id.contains(SEPARATOR)) {
            throw new IllegalArgumentException(name + " must be a non-blank id of at most 200 characters on one line");
        }
    }
}
