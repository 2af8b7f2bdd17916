package io.opensdr.campaign.domain;

/** The chosen password does not meet {@link PasswordPolicy}; the message says why (never the password). */
public class WeakPasswordException extends InvalidFieldException {

    public WeakPasswordException(String message) {
        super("password", message);
    }
}
