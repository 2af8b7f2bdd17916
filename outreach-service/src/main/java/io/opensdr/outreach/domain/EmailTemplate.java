package io.opensdr.outreach.domain;

/** The campaign's first email, plain text with merge fields such as {@code {{firstName}}}. */
public record EmailTemplate(String subject, String body) {
}
