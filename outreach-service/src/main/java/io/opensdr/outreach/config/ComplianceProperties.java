package io.opensdr.outreach.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code opensdr.outreach.compliance}.
 *
 * @param unsubscribeMailto an address whose incoming mail unsubscribes its sender, added to
 *                          {@code List-Unsubscribe} as a mailto; unset (the default) adds none,
 *                          since nothing in OpenSDR reads such a mailbox: set it only when someone does
 */
@ConfigurationProperties(prefix = "opensdr.outreach.compliance")
public record ComplianceProperties(String unsubscribeMailto) {
}
