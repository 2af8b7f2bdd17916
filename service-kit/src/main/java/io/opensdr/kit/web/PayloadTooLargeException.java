package io.opensdr.kit.web;

import java.io.IOException;

/**
 * A request body over the handler's limit: 413. An {@link IOException}, so that it also stops a
 * body without Content-Length from inside the stream being read.
 */
public class PayloadTooLargeException extends IOException {

    private final long maxBytes;

    public PayloadTooLargeException(long maxBytes) {
        super("The request body is larger than " + maxBytes + " bytes");
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }
}
