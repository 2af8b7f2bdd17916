package io.opensdr.campaign.domain;

import java.time.Instant;

/**
 * A page request over the caller's prospects: every filter is optional; pages go newest first and
 * continue after {@code afterCreatedAt}/{@code afterId} (keyset paging: no offset to skip).
 */
public record ProspectFilter(String campaignId, ProspectStatus status, Integer minScore, Integer maxScore, Boolean hot,
                             ProspectSource source, Instant afterCreatedAt, String afterId, int limit) {
}
