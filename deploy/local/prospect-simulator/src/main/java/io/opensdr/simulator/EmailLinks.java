package io.opensdr.simulator;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The links a prospect's mail client sees in an email, and what each one is for. */
final class EmailLinks {

    private static final Pattern URL = Pattern.compile("https?://[^\\s\"'<>]+");
    private static final Pattern IMG_SRC = Pattern.compile("<img\\b[^>]*?\\bsrc\\s*=\\s*[\"']([^\"']+)[\"']", Pattern.CASE_INSENSITIVE);
    private static final Pattern ANGLED = Pattern.compile("<([^>]+)>");
    private static final Pattern ANCHOR = Pattern.compile("<a\\b[^>]*?\\bhref\\s*=\\s*[\"']([^\"']+)[\"'][^>]*>(.*?)</a>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private EmailLinks() {
    }

    /** Every http(s) URL of the text and HTML parts, in order, once each, HTML entities decoded. */
    static List<String> urls(String text, String html) {
        Set<String> found = new LinkedHashSet<>();
        for (String part : new String[] {text, html}) {
            if (part == null) {
                continue;
            }
            Matcher matcher = URL.matcher(part);
            while (matcher.find()) {
                found.add(trimTrailingPunctuation(unescapeHtml(matcher.group())));
            }
        }
        return List.copyOf(found);
    }

    /** The open pixel: the HTML part's image whose address is outreach's open tracker. */
    static Optional<String> openPixel(String html) {
        if (html == null) {
            return Optional.empty();
        }
        Matcher matcher = IMG_SRC.matcher(html);
        while (matcher.find()) {
            String src = unescapeHtml(matcher.group(1));
            if (src.contains("/track/open/")) {
                return Optional.of(src);
            }
        }
        return Optional.empty();
    }

    /** Links through outreach's click tracker. */
    static List<String> trackedLinks(List<String> urls) {
        return urls.stream().filter(url -> url.contains("/track/click/")).toList();
    }

    /**
     * The tracked link a prospect would click: the one whose anchor shows the booking link (the
     * tracker keeps the original address as the link's text), else the first one that is not the
     * unsubscribe link, else none.
     */
    static Optional<String> linkToClick(String html, List<String> urls) {
        if (html != null) {
            String fallback = null;
            Matcher anchors = ANCHOR.matcher(html);
            while (anchors.find()) {
                String href = unescapeHtml(anchors.group(1));
                String shown = unescapeHtml(anchors.group(2));
                if (!href.contains("/track/click/")) {
                    continue;
                }
                if (shown.contains("utm_content=")) {
                    return Optional.of(href);
                }
                if (fallback == null && !shown.contains("/unsubscribe/")) {
                    fallback = href;
                }
            }
            if (fallback != null) {
                return Optional.of(fallback);
            }
        }
        return trackedLinks(urls).stream().filter(link -> !link.contains("/unsubscribe/")).findFirst();
    }

    /** The first link that carries the booking ids (utm_content = prospect, utm_campaign = campaign). */
    static Optional<BookingLink> bookingLink(List<String> urls) {
        return urls.stream().map(BookingLink::parse).flatMap(Optional::stream).findFirst();
    }

    /** The one-click unsubscribe address of a {@code List-Unsubscribe} header (its http(s) entry). */
    static Optional<String> unsubscribeUrl(String listUnsubscribe) {
        if (listUnsubscribe == null) {
            return Optional.empty();
        }
        Matcher matcher = ANGLED.matcher(listUnsubscribe);
        while (matcher.find()) {
            String entry = matcher.group(1).trim();
            if (entry.startsWith("http://") || entry.startsWith("https://")) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }

    /** Query parameters of a URL, decoded; the first value of each name. */
    static Map<String, String> queryOf(String url) {
        Map<String, String> parameters = new LinkedHashMap<>();
        String query;
        try {
            query = URI.create(url).getRawQuery();
        } catch (IllegalArgumentException e) {
            return parameters;
        }
        if (query == null) {
            return parameters;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            parameters.putIfAbsent(name, value);
        }
        return parameters;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    private static String unescapeHtml(String text) {
        return text.replace("&amp;", "&").replace("&#38;", "&").replace("&quot;", "\"").replace("&#x3D;", "=")
                .replace("&#61;", "=");
    }

    private static String trimTrailingPunctuation(String url) {
        String trimmed = url;
        while (!trimmed.isEmpty() && ".,;:!?)]".indexOf(trimmed.charAt(trimmed.length() - 1)) >= 0) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed;
    }
}
