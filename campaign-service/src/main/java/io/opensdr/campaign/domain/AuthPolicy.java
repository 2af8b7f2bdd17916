package io.opensdr.campaign.domain;

import java.time.Duration;

/**
 * How long tokens live and when sign-in locks (set from {@code opensdr.campaign.auth.*}).
 *
 * @param refreshTokenTtl     each refresh token's life; using it issues a successor with a new one
 * @param invitationTtl       how long an invitation can be accepted
 * @param maxAccountFailures  failed sign-ins for one account within {@code failureWindow} before it locks
 * @param maxAddressFailures  failed sign-ins from one IP address within {@code failureWindow} before it locks
 * @param failureWindow       the window failures are counted in
 * @param lockout             how long a lock lasts
 * @param accessTokenTtl      an access token's life: how long a signed-out session stays on the revocation list
 *                            (plus {@link #CLOCK_SKEW}, the lateness the services tolerate on expiry)
 * @param refreshReuseGrace   how long after a refresh token was used it may be presented again and get the
 *                            same successor (two tabs refreshing at once) instead of revoking its family
 */
public record AuthPolicy(Duration refreshTokenTtl, Duration invitationTtl, int maxAccountFailures,
                         int maxAddressFailures, Duration failureWindow, Duration lockout, Duration accessTokenTtl,
                         Duration refreshReuseGrace) {

    /** The skew every service allows on a token's expiry (service-kit's {@code opensdr.security.clock-skew}). */
    public static final Duration CLOCK_SKEW = Duration.ofSeconds(30);
}
