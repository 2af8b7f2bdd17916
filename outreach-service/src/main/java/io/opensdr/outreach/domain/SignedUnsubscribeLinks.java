package io.opensdr.outreach.domain;

import java.net.URI;
import java.util.Objects;

/**
 * Unsubscribe links: {@code <public-base-url>/api/outreach/unsubscribe/<token>}, the token signed
 * with {@link SignedTokens} and naming the workspace, the prospect and, once the email has a
 * ledger entry, the email; never the address. The link needs no sign-in: a GET shows a
 * confirmation page, a POST (RFC 8058 one-click, or the page's button) unsubscribes.
 */
public final class SignedUnsubscribeLinks implements UnsubscribeLinks {

    public static final String PATH = "/api/outreach/unsubscribe/";

    private final String base;
    private final SignedTokens tokens;

    public SignedUnsubscribeLinks(URI publicBaseUrl, SignedTokens tokens) {
        String url = Objects.requireNonNull(publicBaseUrl, "publicBaseUrl").toString();
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        this.tokens = Objects.requireNonNull(tokens, "tokens");
    }

    /** The address is not put in the link (nor needed: outreach knows each prospect's address). */
    @Override
    public String linkFor(String workspaceId, String prospectId, String email) {
        return linkFor(new UnsubscribeToken(workspaceId, prospectId, null));
    }

    /** The link for one sent email, so that the unsubscribe is recorded against it. */
    public String linkForEmail(String workspaceId, String prospectId, String emailId) {
        return linkFor(new UnsubscribeToken(workspaceId, prospectId, emailId));
    }

    public String linkFor(UnsubscribeToken token) {
        return base + PATH + token.sign(tokens);
    }
}
