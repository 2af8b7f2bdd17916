package io.opensdr.prospector.domain;

/** Every prospect found, unique per workspace and person. */
public interface ProspectStore {

    /**
     * Records the prospect and, in the same write, the event announcing it. Returns false, and
     * records nothing, when the workspace already has this person.
     */
    boolean recordIfNew(FoundProspect prospect);
}
