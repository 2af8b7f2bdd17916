package io.opensdr.campaign.domain;

import io.opensdr.kit.errors.ConflictException;

/** The change would leave the workspace without an owner. */
public class LastOwnerException extends ConflictException {

    public LastOwnerException(String email) {
        super(email + " is the last owner of the workspace: make another member an owner first.");
    }
}
