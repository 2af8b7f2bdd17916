package io.opensdr.qualifier.domain;

public enum Decision {
    QUALIFIED, REVIEW, REJECTED
}
