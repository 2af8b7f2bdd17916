package io.opensdr.kit.errors;

/** The resource does not exist, or not in the caller's workspace (the two are not told apart). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, String id) {
        super(what + " " + id + " was not found");
    }
}
