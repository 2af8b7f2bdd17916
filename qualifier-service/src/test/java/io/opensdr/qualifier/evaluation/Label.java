package io.opensdr.qualifier.evaluation;

/** A human's decision on a prospect, and the qualifier's, in the same three classes. */
public enum Label {
    QUALIFIED, REVIEW, REJECTED
}
