package io.opensdr.campaign.domain;

/** The text a reviewer wants sent instead of the drafted one. */
public record DraftEdit(String subject, String body) {

    public DraftEdit {
        if (subject == null || subject.isBlank() || body == null || body.isBlank()) {
            throw new IllegalArgumentException("An edited email needs a subject and a body");
        }
    }
}
