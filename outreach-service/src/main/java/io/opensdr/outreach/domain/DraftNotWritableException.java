package io.opensdr.outreach.domain;

/** No acceptable draft can be written: the text would reach a prospect broken or unfilled. */
public class DraftNotWritableException extends RuntimeException {

    public DraftNotWritableException(String message) {
        super(message);
    }
}
