package io.opensdr.outreach.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The link a prospect follows to book a meeting: the campaign's scheduler link (Calendly, Cal.com)
 * with the prospect's name and email prefilled and the ids in {@code utm_*} parameters, so that
 * the scheduler's webhook can be matched back to the prospect and campaign:
 * {@code <link>?name=…&email=…&utm_source=opensdr&utm_medium=email&utm_campaign=<campaignId>&utm_content=<prospectId>}.
 * A query the scheduler link already has is kept; parameters of the same names are replaced.
 */
public final class BookingLink {

    public static final String UTM_SOURCE = "opensdr";
    public static final String UTM_MEDIUM = "email";

    private BookingLink() {
    }

    /** Empty when the campaign has no scheduler link. */
    public static Optional<String> of(Campaign campaign, QualifiedProspect prospect) {
        return campaign.meetingLinkIfAny().map(link -> build(link, campaign.id(), prospect.prospectId(), prospect.contact()));
    }

    /**
     * @throws DraftNotWritableException when the scheduler link is not an absolute http(s) URL
     *                                   (the campaign must be corrected; nobody should get a broken link)
     */
    public static String build(String schedulerLink, String campaignId, String prospectId, Contact contact) {
        URI uri;
        try {
            uri = new URI(schedulerLink.strip());
        } catch (URISyntaxException e) {
            throw new DraftNotWritableException("The campaign's scheduler link is not a URL: " + e.getMessage());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("https") || scheme.equals("http")) || uri.getRawAuthority() == null) {
            throw new DraftNotWritableException("The campaign's scheduler link is not an absolute http(s) URL: "
                    + schedulerLink);
        }
        Map<String, String> added = new LinkedHashMap<>();
        put(added, "name", contact.fullName());
        put(added, "email", contact.email());
        added.put("utm_source", UTM_SOURCE);
        added.put("utm_medium", UTM_MEDIUM);
        added.put("utm_campaign", campaignId);
        added.put("utm_content", prospectId);

        StringBuilder query = new StringBuilder();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
                if (!pair.isEmpty() && !added.containsKey(name)) {
                    query.append(query.isEmpty() ? "" : "&").append(pair);
                }
            }
        }
        added.forEach((name, value) -> query.append(query.isEmpty() ? "" : "&")
                .append(name).append('=').append(encode(value)));

        StringBuilder link = new StringBuilder(uri.getScheme()).append("://").append(uri.getRawAuthority());
        link.append(uri.getRawPath() == null ? "" : uri.getRawPath()).append('?').append(query);
        if (uri.getRawFragment() != null) {
            link.append('#').append(uri.getRawFragment());
        }
        return link.toString();
    }

    private static void put(Map<String, String> params, String name, String value) {
        if (value != null && !value.isBlank()) {
            params.put(name, value.strip());
        }
    }

    private static String encode(String value) {
        // Spaces as %20, not '+': schedulers read either, and %20 survives every mail client.
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
