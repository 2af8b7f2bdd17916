package io.opensdr.outreach.domain;

/** Signed per-recipient unsubscribe links, for the compliance footer and the List-Unsubscribe header. */
public interface UnsubscribeLinks {

    /** An absolute https (or, locally, http) URL whose token names the workspace, prospect and address. */
    String linkFor(String workspaceId, String prospectId, String email);
}
