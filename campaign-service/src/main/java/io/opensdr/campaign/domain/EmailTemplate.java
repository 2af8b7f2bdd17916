package io.opensdr.campaign.domain;

import java.util.Set;

/** The campaign's first email, with merge fields that outreach fills for each prospect. */
public record EmailTemplate(String subject, String body) {

    public EmailTemplate {
        requireText(subject, "subject");
        requireText(body, "body");
    }

    public boolean uses(String mergeField) {
        return subject.contains(mergeField) || body.contains(mergeField);
    }

    private static void requireText(String text, String part) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("The template's " + part + " is required");
        }
        Set<String> unknown = MergeFields.unknownIn(text);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("The template's " + part + ": " + MergeFields.describeUnknown(unknown));
        }
    }
}
