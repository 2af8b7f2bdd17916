package io.opensdr.campaign.domain;

/**
 * The refresh token that replaces a used one: derived from it with a server-side key (an HMAC), so
 * that two requests presenting the same token at once (two browser tabs refreshing together) both
 * get the very same successor, and nobody without the key can compute a successor from an old token.
 */
@FunctionalInterface
public interface RefreshTokenSuccessors {

    String successorOf(String refreshToken);
}
