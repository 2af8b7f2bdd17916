package io.opensdr.kit.security;

import org.springframework.security.access.AccessDeniedException;

/**
 * A member asked for something only an owner of the workspace may do ({@link Caller#requireOwner}).
 * An {@link AccessDeniedException}, so the security chain answers it with a 403 problem
 * ({@link ProblemAccessDeniedHandler}) whose detail is this message, wherever it is thrown.
 */
public class OwnerRequiredException extends AccessDeniedException {

    public OwnerRequiredException(String action) {
        super("Only an owner of the workspace may " + action + ".");
    }
}
