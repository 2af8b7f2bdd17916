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
 */
public record AuthPolicy(Duration refreshTokenTtl, Duration invitationTtl, int maxAccountFailures,
                         int maxAddressFailures, Duration failureWindow, Duration lockout) {
}
