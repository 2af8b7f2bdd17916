package io.opensdr.prospector.domain;

/** How far an email address can be trusted; MISSING when there is none. */
public enum EmailGrade {
    VALID, ACCEPT_ALL, UNKNOWN, INVALID, MISSING
}
