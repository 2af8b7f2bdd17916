package io.opensdr.outreach.domain;

import java.time.Clock;
import java.util.Optional;

/**
 * Unsubscribes a prospect from a link's token: the address is suppressed for the whole workspace
 * at once, and the unsubscribe is recorded once as an engagement of the email the link came in.
 * A token this service did not sign changes nothing.
 */
public final class Unsubscribing {

    /** How an unsubscribe arrived; kept as the suppression's detail. */
    public enum Channel {
        ONE_CLICK("one-click (RFC 8058)"),
        CONFIRMATION_PAGE("confirmation page");

        private final String detail;

        Channel(String detail) {
            this.detail = detail;
        }
    }

    /** What became of an unsubscribe request. */
    public enum Outcome {
        /** The address is suppressed (now, or it already was). */
        UNSUBSCRIBED,
        /** The token is genuine but outreach holds no address for the prospect any more (erased): nothing to do. */
        NOTHING_HELD
    }

    private final SignedTokens tokens;
    private final PersonRecords records;
    private final SuppressionList suppressions;
    private final Engagements engagements;
    private final Clock clock;

    public Unsubscribing(SignedTokens tokens, PersonRecords records, SuppressionList suppressions,
                         Engagements engagements, Clock clock) {
        this.tokens = tokens;
        this.records = records;
        this.suppressions = suppressions;
        this.engagements = engagements;
        this.clock = clock;
    }

    /** The ids of a genuine unsubscribe token; empty for a forged, altered or malformed one. */
    public Optional<UnsubscribeToken> read(String token) {
        return UnsubscribeToken.read(tokens, token);
    }

    /** Idempotent: a second request changes nothing and records nothing. */
    public Outcome unsubscribe(UnsubscribeToken token, Channel channel) {
        Optional<PersonRecords.KnownRecipient> held = records.recipientOf(token.workspaceId(), token.prospectId());
        if (held.isEmpty() || held.get().email() == null || held.get().email().isBlank()) {
            return Outcome.NOTHING_HELD;
        }
        PersonRecords.KnownRecipient recipient = held.get();
        suppressions.suppress(token.workspaceId(), recipient.email(), SuppressionReason.UNSUBSCRIBED, channel.detail);
        String emailId = token.emailId() != null ? token.emailId() : recipient.emailId();
        if (emailId != null && recipient.campaignId() != null) {
            // One unsubscribe per prospect, however many links or requests: the provider event id dedupes it.
            engagements.record(new Engagement(token.workspaceId(), recipient.campaignId(), token.prospectId(), emailId,
                    EngagementKind.UNSUBSCRIBED, false, channel.detail, "unsubscribe:" + token.prospectId(),
                    clock.instant()));
        }
        return Outcome.UNSUBSCRIBED;
    }
}
