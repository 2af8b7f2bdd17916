package io.opensdr.campaign.domain;

/** A member of a workspace as its members see them. */
public record Member(String userId, String email, String name, Role role) {
}
