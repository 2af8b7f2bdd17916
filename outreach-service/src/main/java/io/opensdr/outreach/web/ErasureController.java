package io.opensdr.outreach.web;

import io.opensdr.kit.privacy.AddressHash;
import io.opensdr.outreach.domain.Erasure;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * GDPR erasure requests (Art. 17): outreach deletes what it holds about the address, keeps only
 * a hashed suppression entry, and announces the erasure so that every service does the same.
 * Reached through the gateway; like the other outreach endpoints it checks no workspace
 * membership yet.
 */
@RestController
class ErasureController {

    private final Erasure erasure;

    ErasureController(Erasure erasure) {
        this.erasure = erasure;
    }

    /** Accepted: outreach's part is done, the other services' follows through the event. Idempotent. */
    @PostMapping("/api/outreach/erasure-requests")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ErasureResponse request(@Valid @RequestBody ErasureRequest request) {
        Erasure.Result result = erasure.erase(request.workspaceId(), request.email());
        return new ErasureResponse(request.workspaceId(), AddressHash.of(request.workspaceId(), request.email()),
                result.prospectIds(), "ERASED");
    }

    record ErasureRequest(
            @NotBlank @Size(max = 200) @Pattern(regexp = "[^\\n\\r]*", message = "must be on one line") String workspaceId,
            @NotBlank @Size(max = 320) @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "must be an email address") String email) {
    }

    /**
     * @param addressHash the only trace of the person that remains (see the PersonSuppressed event)
     * @param prospectIds the prospects outreach held with the address, now erased here and announced
     */
    record ErasureResponse(String workspaceId, String addressHash, List<String> prospectIds, String status) {
    }
}
