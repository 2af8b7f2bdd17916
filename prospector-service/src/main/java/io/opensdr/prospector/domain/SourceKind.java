package io.opensdr.prospector.domain;

/** Where a campaign finds its prospects. */
public enum SourceKind {
    DEMO, ROCKETREACH, CSV
}
