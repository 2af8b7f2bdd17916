package io.opensdr.outreach.domain;

public enum QualificationDecision {
    QUALIFIED, REVIEW, REJECTED
}
