package io.opensdr.campaign.web;

import io.opensdr.kit.web.StrictJson;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import jakarta.validation.constraints.Size;

/** The request bodies of the review-queue endpoints. */
public final class DraftRequests {

    private DraftRequests() {
    }

    /** The reviewer's edited text; approving without a body sends the draft as it is. */
    public record Approve(@NotBlank @Size(max = 200) String subject, @NotBlank @Size(max = 10_000) String body) implements StrictJson {
    }

    public record Reject(@Size(max = 1000) String reason) implements StrictJson {
    }

    /** POST /api/drafts/bulk-approve: up to 100 draft ids, approved as drafted. */
    public record BulkApprove(@NotEmpty @Size(max = 100) List<@NotBlank @Size(max = 100) String> ids) implements StrictJson {
    }
}
