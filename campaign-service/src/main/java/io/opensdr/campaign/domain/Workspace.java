package io.opensdr.campaign.domain;

/** A team's space: its users see its campaigns and drafts, and nothing of any other workspace. */
public record Workspace(String id, String name) {
}
