package io.opensdr.outreach.config;

import io.opensdr.outreach.domain.SignedTokens;
import io.opensdr.outreach.domain.SignedUnsubscribeLinks;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Suppression, unsubscribe and erasure: the compliance side of outreach. */
@Configuration
public class ComplianceConfiguration {

    @Bean
    SignedUnsubscribeLinks unsubscribeLinks(PublicLinksProperties links, SignedTokens tokens) {
        return new SignedUnsubscribeLinks(links.publicBaseUrl(), tokens);
    }
}
