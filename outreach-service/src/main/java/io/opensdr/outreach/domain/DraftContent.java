package io.opensdr.outreach.domain;

/**
 * A subject and a body ready for a human to review, and what wrote them.
 *
 * @param fallbackReason set when a language model was configured but its draft was not used and
 *                       the campaign's template wrote this one instead: why; null otherwise
 */
public record DraftContent(String subject, String body, DraftGenerator generatedBy, String fallbackReason) {

    public DraftContent(String subject, String body, DraftGenerator generatedBy) {
        this(subject, body, generatedBy, null);
    }

    public DraftContent withBody(String newBody) {
        return new DraftContent(subject, newBody, generatedBy, fallbackReason);
    }

    public DraftContent withFallbackReason(String reason) {
        return new DraftContent(subject, body, generatedBy, reason);
    }
}
