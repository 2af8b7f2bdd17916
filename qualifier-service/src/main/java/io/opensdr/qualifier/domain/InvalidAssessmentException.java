package io.opensdr.qualifier.domain;

/** A language model's answer that is not a valid BANT assessment. */
public class InvalidAssessmentException extends RuntimeException {

    public InvalidAssessmentException(String message) {
        super(message);
    }
}
