package io.opensdr.qualifier.domain;

public enum SignalType {
    FUNDING, HIRING, JOB_CHANGE, POST, WEBSITE_UPDATE, OTHER
}
