package io.opensdr.campaign.domain;

import java.time.Instant;
import java.util.Optional;

public interface RefreshTokenStore {

    void insert(RefreshToken token);

    /** Inserts the token unless one with its id exists (a successor two requests computed at once); true when inserted. */
    boolean insertIfAbsent(RefreshToken token);

    Optional<RefreshToken> findByHash(String tokenHash);

    /** Marks the token used, only if it is neither used nor revoked yet; false when another request got there first. */
    boolean markUsed(String tokenId, Instant at);

    void revokeFamily(String familyId, Instant at);
}
