package io.opensdr.campaign.config;

import io.opensdr.campaign.domain.InvitationMailer;
import io.opensdr.campaign.messaging.SmtpInvitationMailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * The invitation mailer: SMTP when {@code opensdr.invitations.mail.enabled} and a mail server
 * ({@code spring.mail.host}, which makes Spring Boot's {@link JavaMailSender}) are set; otherwise
 * one that answers "not configured", and owners hand the link over themselves.
 */
@Configuration
@EnableConfigurationProperties(InvitationMailProperties.class)
public class InvitationMailConfiguration {

    private static final Logger log = LoggerFactory.getLogger(InvitationMailConfiguration.class);

    @Bean
    InvitationMailer invitationMailer(InvitationMailProperties properties, ObjectProvider<JavaMailSender> mailSender) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (!properties.enabled()) {
            log.info("Invitations are not emailed (opensdr.invitations.mail.enabled is false): owners copy the link");
            return InvitationMailer.notConfigured();
        }
        if (sender == null) {
            log.warn("opensdr.invitations.mail.enabled is true but no mail server is set (spring.mail.host): "
                    + "invitations are not emailed");
            return InvitationMailer.notConfigured();
        }
        return new SmtpInvitationMailer(sender, properties.from(), properties.fromName(), properties.publicBaseUrl());
    }
}
