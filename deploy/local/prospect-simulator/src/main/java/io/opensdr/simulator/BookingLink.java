package io.opensdr.simulator;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A campaign's scheduler link as outreach puts it in an email: the scheduler's page with the
 * prospect's {@code name} and {@code email} prefilled and the ids in {@code utm_campaign}
 * (campaign) and {@code utm_content} (prospect).
 */
record BookingLink(String url, String campaignId, String prospectId, String name, String email) {

    static Optional<BookingLink> parse(String url) {
        Map<String, String> query = EmailLinks.queryOf(url);
        String prospectId = query.get("utm_content");
        if (prospectId == null || prospectId.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new BookingLink(url, blankToNull(query.get("utm_campaign")), prospectId,
                blankToNull(query.get("name")), blankToNull(query.get("email"))));
    }

    /** Calendly's when the link is on calendly.com, Cal.com's when on cal.com; otherwise neither. */
    Optional<Scheduler> scheduler() {
        String host;
        try {
            host = Optional.ofNullable(URI.create(url).getHost()).orElse("").toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (host.equals("calendly.com") || host.endsWith(".calendly.com")) {
            return Optional.of(Scheduler.CALENDLY);
        }
        if (host.equals("cal.com") || host.endsWith(".cal.com")) {
            return Optional.of(Scheduler.CAL_COM);
        }
        return Optional.empty();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
