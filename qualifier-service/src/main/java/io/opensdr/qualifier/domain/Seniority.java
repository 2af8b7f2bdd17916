package io.opensdr.qualifier.domain;

public enum Seniority {
    C_LEVEL, VP, DIRECTOR, HEAD, MANAGER, INDIVIDUAL_CONTRIBUTOR, UNKNOWN
}
