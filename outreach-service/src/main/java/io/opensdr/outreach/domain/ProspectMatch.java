package io.opensdr.outreach.domain;

/** The prospect a booking belongs to, as outreach knows them. */
public record ProspectMatch(String workspaceId, String campaignId, String prospectId) {
}
