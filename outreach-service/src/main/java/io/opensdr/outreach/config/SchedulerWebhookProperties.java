package io.opensdr.outreach.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The secrets the schedulers sign their webhooks with, under {@code opensdr.outreach.schedulers}.
 * A scheduler without its secret has its webhook refused (401). Production sets them from Secrets:
 * {@code OPENSDR_OUTREACH_SCHEDULERS_CALENDLY_SIGNING_KEY}, {@code OPENSDR_OUTREACH_SCHEDULERS_CAL_COM_SECRET}.
 */
@ConfigurationProperties(prefix = "opensdr.outreach.schedulers")
public record SchedulerWebhookProperties(@DefaultValue Calendly calendly, @DefaultValue CalCom calCom) {

    /**
     * @param signingKey the webhook subscription's signing key
     * @param tolerance  how far a signature's timestamp may be from now (Calendly advises about 3 minutes)
     */
    public record Calendly(String signingKey, @DefaultValue("3m") Duration tolerance) {
    }

    /** @param secret the webhook's secret, set when the webhook is created in Cal.com */
    public record CalCom(String secret) {
    }
}
