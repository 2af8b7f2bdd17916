package io.opensdr.campaign.web;

import io.opensdr.campaign.domain.ProspectFilter;
import io.opensdr.campaign.domain.ProspectRecord;
import io.opensdr.campaign.domain.ProspectSource;
import io.opensdr.campaign.domain.ProspectStatus;
import io.opensdr.campaign.domain.InvalidFieldException;
import io.swagger.v3.oas.annotations.media.Schema;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One keyset page of prospects, newest first: {@code next} is the cursor to pass as {@code after}
 * for the following page, null on the last one. The cursor is opaque (the last item's time and id).
 */
public record ProspectPage(List<ProspectView> items, @Schema(nullable = true) String next) {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;

    static ProspectPage of(List<ProspectRecord> records, int limit) {
        String next = null;
        if (records.size() == limit && !records.isEmpty()) {
            ProspectRecord last = records.get(records.size() - 1);
            next = encode(last.createdAt(), last.id());
        }
        return new ProspectPage(records.stream().map(ProspectView::of).toList(), next);
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
        Instant afterCreatedAt = null;
        String afterId = null;
        if (after != null) {
            try {
                String decoded = new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                afterCreatedAt = Instant.ofEpochMilli(Long.parseLong(decoded.substring(0, colon)));
                afterId = decoded.substring(colon + 1);
                if (afterId.isEmpty() || afterId.length() > 200) {
                    throw new IllegalArgumentException("bad id");
                }
            } catch (RuntimeException e) {
                throw new InvalidFieldException("after", "is not a cursor this API gave (use the page's next)");
            }
        }
        return new ProspectFilter(campaignId, status, minScore, maxScore, hot, source, afterCreatedAt, afterId, chosenLimit);
    }

    private static void checkScore(String name, Integer score) {
        if (score != null && (score < 0 || score > 100)) {
            throw new InvalidFieldException(name, "must be between 0 and 100");
        }
    }

    private static String encode(Instant createdAt, String id) {
        long millis = createdAt == null ? 0 : createdAt.toEpochMilli();
        return Base64.getUrlEncoder().withoutPadding().encodeToString((millis + ":" + id).getBytes(StandardCharsets.UTF_8));
    }
}
