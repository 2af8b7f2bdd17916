package io.opensdr.outreach.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * The open pixel's and the click redirect's links: {@code <public-base-url>/api/outreach/track/open/<token>}
 * and {@code .../track/click/<token>}, each token signed ({@link SignedTokens}) over the email's
 * ledger id (and, for a click, the original URL), so that a link can be neither forged nor
 * pointed elsewhere: the redirect only ever goes where the signed URL says.
 */
public final class TrackingLinks {

    private static final String OPEN = "open";
    private static final String CLICK = "click";
    private static final char SEPARATOR = '\n';

    private final SignedTokens tokens;
    private final String base;

    public TrackingLinks(SignedTokens tokens, String publicBaseUrl) {
        this.tokens = tokens;
        this.base = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
    }

    public String pixelUrl(String emailId) {
        return base + "/api/outreach/track/open/" + tokens.sign(OPEN + SEPARATOR + emailId);
    }

    /** Empty for a URL that is not http(s), or too long to fit in a token: such a link is left as it is. */
    public Optional<String> clickUrl(String emailId, String url) {
        if (!isWebUrl(url) || url.indexOf(SEPARATOR) >= 0) {
            return Optional.empty();
        }
        String token = tokens.sign(CLICK + SEPARATOR + emailId + SEPARATOR + url);
        return tokens.verify(token).isPresent() ? Optional.of(base + "/api/outreach/track/click/" + token) : Optional.empty();
    }

    /** Links to OpenSDR's own pages (unsubscribe, tracking) are never wrapped. */
    public boolean isOwnLink(String url) {
        return url.startsWith(base + "/api/outreach/");
    }

    /** The email a pixel token names; empty for anything this key did not sign as a pixel. */
    public Optional<String> openedEmail(String token) {
        return tokens.verify(token).flatMap(payload -> {
            String[] parts = payload.split(String.valueOf(SEPARATOR), -1);
            return parts.length == 2 && OPEN.equals(parts[0]) && !parts[1].isEmpty() ? Optional.of(parts[1]) : Optional.empty();
        });
    }

    /** The email and destination a click token names; empty for anything this key did not sign as a click. */
    public Optional<Click> click(String token) {
        return tokens.verify(token).flatMap(payload -> {
            String[] parts = payload.split(String.valueOf(SEPARATOR), 3);
            if (parts.length != 3 || !CLICK.equals(parts[0]) || parts[1].isEmpty() || !isWebUrl(parts[2])) {
                return Optional.empty();
            }
            return Optional.of(new Click(parts[1], URI.create(parts[2])));
        });
    }

    public record Click(String emailId, URI destination) {
    }

    static boolean isWebUrl(String url) {
        if (url == null) {
            return false;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
