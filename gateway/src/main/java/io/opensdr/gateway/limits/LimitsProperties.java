package io.opensdr.gateway.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Request body limits ({@code opensdr.gateway.limits.*}).
 *
 * @param maxBody every request but the CSV import's and SendGrid's webhook's
 * @param csvImportMaxBody the CSV import and its preview (a 50 MB file plus the multipart form)
 * @param sendgridWebhookMaxBody SendGrid's event webhook ({@code POST /api/outreach/webhooks/sendgrid}):
 *     a batch of up to thousands of events, which outreach accepts up to its own
 *     {@code opensdr.outreach.tracking.sendgrid-webhook.max-body} (5 MB); keep the two in step
 */
@ConfigurationProperties("opensdr.gateway.limits")
public record LimitsProperties(
    @DefaultValue("1MB") DataSize maxBody,
    @DefaultValue("52MB") DataSize csvImportMaxBody,
    @DefaultValue("5MB") DataSize sendgridWebhookMaxBody) {}
