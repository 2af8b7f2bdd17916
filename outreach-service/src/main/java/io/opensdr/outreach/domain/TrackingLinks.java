package io.opensdr.outreach.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The open pixel's and the click redirect's links: {@code <public-base-url>/api/outreach/track/open/<token>}
 * and {@code .../track/click/<token>}. Tokens are signed ({@link SignedTokens}) and carry ids
 * only, never an address: the pixel's the email's ledger id; a click's the email's ledger id, the
 * position of the link among the web links of the approved text, and a digest of that link. The
 * redirect reads the destination from the ledger's approved text and goes there only when the
 * digest matches, so it can never be pointed anywhere else (no open redirect), and the token
 * carries none of the link's query (a booking link's prefilled name and email stay out of it).
 */
public final class TrackingLinks {

    /** A URL in running text; trailing punctuation is taken off afterwards. */
    private static final Pattern TEXT_URL = Pattern.compile("https?://[^\\s<>\"']+", Pattern.CASE_INSENSITIVE);
    private static final String TRAILING = ".,;:!?)]}";
    private static final String OPEN = "open";
    private static final String CLICK = "click";
    private static final String SEPARATOR = "\n";
    private static final int DIGEST_BYTES = 16;

    private final SignedTokens tokens;
    private final String base;

    public TrackingLinks(SignedTokens tokens, String publicBaseUrl) {
        this.tokens = tokens;
        this.base = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
    }

    /** A web link found in a text, where it starts and ends. */
    public record Found(String url, int start, int end) {
    }

    /** The http(s) links of a text, in order, without the punctuation that closes a sentence. */
    public static List<Found> webLinks(String text) {
        List<Found> found = new ArrayList<>();
        if (text == null) {
            return found;
        }
        Matcher urls = TEXT_URL.matcher(text);
        while (urls.find()) {
            String url = urls.group();
            int end = urls.end();
            while (!url.isEmpty() && TRAILING.indexOf(url.charAt(url.length() - 1)) >= 0) {
                url = url.substring(0, url.length() - 1);
                end--;
            }
            if (isWebUrl(url)) {
                found.add(new Found(url, urls.start(), end));
            }
        }
        return found;
    }

    public String pixelUrl(String emailId) {
        return base + "/api/outreach/track/open/" + tokens.sign(OPEN + SEPARATOR + emailId);
    }

    /** The redirect to the {@code index}-th web link of the email's approved text, which is {@code url}. */
    public String clickUrl(String emailId, int index, String url) {
        return base + "/api/outreach/track/click/" + tokens.sign(CLICK + SEPARATOR + emailId + SEPARATOR + index
                + SEPARATOR + digest(url));
    }

    /** Links to OpenSDR's own pages (unsubscribe, tracking) are never wrapped. */
    public boolean isOwnLink(String url) {
        return url.startsWith(base + "/api/outreach/");
    }

    /** The email a pixel token names; empty for anything this key did not sign as a pixel. */
    public Optional<String> openedEmail(String token) {
        return tokens.verify(token).flatMap(payload -> {
            String[] parts = payload.split(SEPARATOR, -1);
            return parts.length == 2 && OPEN.equals(parts[0]) && !parts[1].isEmpty() ? Optional.of(parts[1]) : Optional.empty();
        });
    }

    /** What a click token names; empty for anything this key did not sign as a click. */
    public Optional<Click> click(String token) {
        return tokens.verify(token).flatMap(payload -> {
            String[] parts = payload.split(SEPARATOR, -1);
            if (parts.length != 4 || !CLICK.equals(parts[0]) || parts[1].isEmpty()) {
                return Optional.empty();
            }
            try {
                return Optional.of(new Click(parts[1], Integer.parseInt(parts[2]), parts[3]));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    /**
     * A click on the {@code index}-th web link of an email.
     *
     * @param digest the signed digest of the link, checked against the ledger's text before redirecting
     */
    public record Click(String emailId, int index, String digest) {

        /** The link this click leads to in the email's approved text, if it is still the one that was signed. */
        public Optional<URI> destinationIn(String approvedText) {
            List<Found> links = webLinks(approvedText);
            if (index < 0 || index >= links.size() || !TrackingLinks.digest(links.get(index).url()).equals(digest)) {
                return Optional.empty();
            }
            return Optional.of(URI.create(links.get(index).url()));
        }
    }

    static String digest(String url) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(url.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(hash, DIGEST_BYTES));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    static boolean isWebUrl(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
