package io.opensdr.campaign.domain;

/**
 * Sign-in refused: wrong email or password, or a refresh token that is unknown, expired, revoked
 * or reused. The message never says which, so it tells an attacker nothing.
 */
public class AuthenticationFailedException extends RuntimeException {

    public AuthenticationFailedException(String message) {
        super(message);
    }
}
