package io.opensdr.outreach.domain;

/** A subject and a body ready for a human to review, and what wrote them. */
public record DraftContent(String subject, String body, DraftGenerator generatedBy) {
}
