package io.opensdr.campaign.domain;

/** A member (not an owner) of the workspace tried what only its owners may do. */
public class NotAnOwnerException extends RuntimeException {

    public NotAnOwnerException(String what) {
        super("Only an owner of the workspace may " + what + ".");
    }
}
