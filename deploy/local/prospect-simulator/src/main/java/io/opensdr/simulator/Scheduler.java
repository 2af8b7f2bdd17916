package io.opensdr.simulator;

/** The schedulers whose webhooks the simulator can play. */
enum Scheduler {
    CALENDLY,
    CAL_COM
}
