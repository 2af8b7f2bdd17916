package io.opensdr.outreach.config;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.opensdr.outreach.domain.EmailSending;
import io.opensdr.outreach.domain.MailTransport;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The sending meters exist from the start, at zero, so that dashboards and alerts see every series. */
@Configuration
public class OutreachMetricsConfiguration {

    @Bean
    MeterBinder sendAttemptMeters() {
        return registry -> {
            for (MailTransport.Kind transport : MailTransport.Kind.values()) {
                for (String outcome : List.of("sent", "retry", "failed")) {
                    Counter.builder(EmailSending.SEND_ATTEMPTS)
                            .description("Emails handed to a transport, by transport and outcome")
                            .tags("transport", transport.name().toLowerCase(Locale.ROOT), "outcome", outcome)
                            .register(registry);
                }
            }
        };
    }
}
