package io.opensdr.campaign.domain;

import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Signs a user out of one workspace, as logout does (the same refresh-token families and the same
 * revocation list the services read): every session that holds a refresh token usable in that
 * workspace, or was issued an access token for it that may still be alive, is revoked, so the
 * services refuse its access tokens within seconds and its refresh tokens no longer work.
 */
@Service
public class SessionRevocation {

    private static final Logger log = LoggerFactory.getLogger(SessionRevocation.class);

    private final RefreshTokenStore refreshTokens;
    private final RevokedSessionStore revokedSessions;
    private final AuthPolicy policy;
    private final Clock clock;

    public SessionRevocation(RefreshTokenStore refreshTokens, RevokedSessionStore revokedSessions, AuthPolicy policy,
                             Clock clock) {
        this.refreshTokens = refreshTokens;
        this.revokedSessions = revokedSessions;
        this.policy = policy;
        this.clock = clock;
    }

    public void signOutOf(String userId, String workspaceId) {
        Instant now = clock.instant();
        Instant accessTokensAliveSince = now.minus(policy.accessTokenTtl()).minus(AuthPolicy.CLOCK_SKEW);
        var families = refreshTokens.familiesIn(userId, workspaceId, accessTokensAliveSince, now);
        for (String family : families) {
            refreshTokens.revokeFamily(family, now);
            revokedSessions.revoke(family, now, now.plus(policy.accessTokenTtl()).plus(AuthPolicy.CLOCK_SKEW));
        }
        log.info("User {} signed out of workspace {}: {} session(s) revoked", userId, workspaceId, families.size());
    }
}
