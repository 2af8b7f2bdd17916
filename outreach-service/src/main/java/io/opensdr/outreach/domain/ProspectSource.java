package io.opensdr.outreach.domain;

/** Where a campaign's prospects come from: the first email names it (GDPR Art. 14). */
public enum ProspectSource {
    /** The demo directory shipped with OpenSDR. */
    DEMO,
    /** RocketReach's professional contact database. */
    ROCKETREACH,
    /** A CSV file the team imported. */
    CSV
}
