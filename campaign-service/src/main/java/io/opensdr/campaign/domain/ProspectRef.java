package io.opensdr.campaign.domain;

/** Which prospect an event is about, and the campaign and workspace it belongs to. */
public record ProspectRef(String workspaceId, String campaignId, String prospectId) {
}
