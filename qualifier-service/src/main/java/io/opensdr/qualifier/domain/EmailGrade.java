package io.opensdr.qualifier.domain;

public enum EmailGrade {
    VALID, ACCEPT_ALL, UNKNOWN, INVALID, MISSING
}
