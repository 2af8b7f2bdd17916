package io.opensdr.campaign.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

public interface RefreshTokenStore {

    void insert(RefreshToken token);

    /** Inserts the token unless one with its id exists (a successor two requests computed at once); true when inserted. */
    boolean insertIfAbsent(RefreshToken token);

    Optional<RefreshToken> findByHash(String tokenHash);

    /** Marks the token used, only if it is neither used nor revoked yet; false when another request got there first. */
    boolean markUsed(String tokenId, Instant at);

    void revokeFamily(String familyId, Instant at);

    /**
     * The families (sessions) of the user with a token in the workspace that was issued after
     * {@code issuedAfter} (its access tokens may be alive) or is still usable at {@code now}.
     */
    Set<String> familiesIn(String userId, String workspaceId, Instant issuedAfter, Instant now);
}
