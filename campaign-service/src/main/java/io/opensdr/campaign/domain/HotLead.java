package io.opensdr.campaign.domain;

import java.time.Instant;

/** A prospect the qualifier scored above its campaign's hot score: an alert for sales. */
public record HotLead(String prospectId, String campaignId, String name, String title, String company, int score,
                      Instant at) {
}
