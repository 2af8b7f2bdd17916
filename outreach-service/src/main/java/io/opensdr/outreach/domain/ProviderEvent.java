package io.opensdr.outreach.domain;

import java.time.Instant;

/**
 * One event a mail provider (SendGrid's event webhook) reports about an email it carried.
 *
 * @param providerEventId   the provider's unique id of this event (sg_event_id): a redelivery has the same
 * @param type              the provider's event name (processed, delivered, open, click, bounce, ...)
 * @param emailId           the ledger id the email carried out (SendGrid custom_args); null for mail not sent by OpenSDR
 * @param email             the recipient the event is about
 * @param providerMessageId the provider's message id (sg_message_id); may be null
 * @param reason            why it was dropped, bounced, blocked or deferred; may be null
 * @param bounceType        for bounces: "bounce" (permanent) or "blocked" (refused for now); may be null
 * @param status            for bounces: the SMTP enhanced status code (5.1.1...); may be null
 * @param url               for clicks: the link followed
 * @param userAgent         for opens and clicks
 * @param machineOpen       the provider itself knows the open was made by a machine (sg_machine_open)
 */
public record ProviderEvent(String providerEventId, String type, String emailId, String email, Instant occurredAt,
                            String providerMessageId, String reason, String bounceType, String status, String url,
                            String userAgent, boolean machineOpen) {
}
