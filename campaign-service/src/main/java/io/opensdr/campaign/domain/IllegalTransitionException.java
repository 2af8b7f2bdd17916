package io.opensdr.campaign.domain;

import io.opensdr.kit.errors.ConflictException;

/** A lifecycle action that the campaign's or draft's current status does not allow (HTTP 409). */
public class IllegalTransitionException extends ConflictException {

    public IllegalTransitionException(String message) {
        super(message);
    }

    /** "A STOPPED campaign cannot be launched", "An ACTIVE campaign cannot be resumed". */
    static IllegalTransitionException of(Enum<?> status, String what, String pastParticiple) {
        String article = "AEIOU".indexOf(status.name().charAt(0)) >= 0 ? "An" : "A";
        return new IllegalTransitionException(article + " " + status.name() + " " + what + " cannot be " + pastParticiple);
    }
}
