package io.opensdr.outreach.domain;

/** The booking tools whose webhooks outreach understands. */
public enum Scheduler {
    CALENDLY,
    CAL_COM
}
