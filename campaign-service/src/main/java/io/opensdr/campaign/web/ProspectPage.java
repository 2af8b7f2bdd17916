package io.opensdr.campaign.web;

import io.opensdr.campaign.domain.ProspectFilter;
import io.opensdr.campaign.domain.ProspectSlice;
import io.opensdr.campaign.domain.ProspectSource;
import io.opensdr.campaign.domain.ProspectStatus;
import io.opensdr.campaign.domain.InvalidFieldException;
import io.swagger.v3.oas.annotations.media.Schema;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One keyset page of prospects, newest first: {@code next} is the cursor to pass as {@code after}
 * for the following page, null on the last one. A page may hold fewer items than the limit, even
 * none, and still have a {@code next}: the search stops after a fixed number of prospects per
 * request, so a rare combination of filters is searched over several requests. The cursor is
 * opaque (a position in the list).
 */
public record ProspectPage(List<ProspectView> items,
                           @Schema(nullable = true, description = "The cursor of the following page (pass it as after); null "
                                   + "at the end of the list. A page can be short, even empty, and still have one: the search "
                                   + "stops after a fixed number of prospects per request.") String next) {

    private static final String CURSOR_PREFIX = "p1:";

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;

    static ProspectPage of(ProspectSlice slice) {
        return new ProspectPage(slice.items().stream().map(ProspectView::of).toList(),
                slice.next() == null ? null : encode(slice.next()));
    }

    /**
     * The filter from the query parameters, each checked: an unknown parameter (a misspelt filter, or
     * an operator such as {@code status[$ne]}) is refused rather than silently ignored.
     */
    static ProspectFilter filter(Map<String, String[]> parameters, Set<String> known, String campaignId,
                                 ProspectStatus status, Integer minScore, Integer maxScore, Boolean hot,
                                 ProspectSource source, String after, Integer limit) {
        for (String name : parameters.keySet()) {
            if (!known.contains(name)) {
                throw new InvalidFieldException(name, "is not a known parameter; use " + String.join(", ", known));
            }
        }
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            if (parameter.getValue().length > 1) {
                throw new InvalidFieldException(parameter.getKey(), "is given more than once");
            }
        }
        if (campaignId != null && (campaignId.isBlank() || campaignId.length() > 100)) {
            throw new InvalidFieldException("campaignId", "must have 1 to 100 characters");
        }
        checkScore("minScore", minScore);
        checkScore("maxScore", maxScore);
        if (minScore != null && maxScore != null && minScore > maxScore) {
            throw new InvalidFieldException("maxScore", "must not be below minScore");
        }
        int chosenLimit = limit == null ? DEFAULT_LIMIT : limit;
        if (chosenLimit < 1 || chosenLimit > MAX_LIMIT) {
            throw new InvalidFieldException("limit", "must be between 1 and " + MAX_LIMIT);
        }
        return new ProspectFilter(campaignId, status, minScore, maxScore, hot, source, decode(after), chosenLimit);
    }

    private static void checkScore(String name, Integer score) {
        if (score != null && (score < 0 || score > 100)) {
            throw new InvalidFieldException(name, "must be between 0 and 100");
        }
    }

    private static String encode(long position) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((CURSOR_PREFIX + position).getBytes(StandardCharsets.UTF_8));
    }

    private static Long decode(String after) {
        if (after == null) {
            return null;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8);
            if (after.length() > 40 || !decoded.startsWith(CURSOR_PREFIX)) {
                throw new IllegalArgumentException("not ours");
            }
            long position = Long.parseLong(decoded.substring(CURSOR_PREFIX.length()));
            if (position < 1) {
                throw new IllegalArgumentException("out of the list");
            }
            return position;
        } catch (RuntimeException e) {
            throw new InvalidFieldException("after", "is not a cursor this API gave (use the page's next)");
        }
    }
}
