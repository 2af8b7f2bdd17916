package io.opensdr.outreach.domain;

/** Drafts, one per (prospect, step). */
public interface DraftStore {

    /**
     * Stores the draft and, in the same single-document write, the event announcing it.
     *
     * @return false when a draft for this prospect and step already exists (nothing is written)
     */
    boolean insertIfAbsent(Draft draft);

    /** Whether the draft was stored already: a redelivered qualification then costs no model call. */
    boolean exists(String draftId);
}
