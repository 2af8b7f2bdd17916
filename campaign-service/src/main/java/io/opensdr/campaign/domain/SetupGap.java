package io.opensdr.campaign.domain;

/**
 * Something a campaign lacks before it can be launched: the setup step (1-5) where it is set, the
 * field, and what to do.
 */
public record SetupGap(int step, String field, String message) {
}
