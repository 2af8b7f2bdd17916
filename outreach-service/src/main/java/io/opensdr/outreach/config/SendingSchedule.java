package io.opensdr.outreach.config;

import io.opensdr.outreach.domain.EmailSending;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Runs the sender every poll interval and looks for stuck emails, with the intervals of
 * {@link OutreachProperties}. Scheduling itself is enabled by the service kit (outbox relay).
 */
@Configuration
public class SendingSchedule implements SchedulingConfigurer {

    private final EmailSending sending;
    private final OutreachProperties properties;

    public SendingSchedule(EmailSending sending, OutreachProperties properties) {
        this.sending = sending;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(sending::sendDue, properties.sending().pollInterval());
        registrar.addFixedDelayTask(sending::reportStuck, properties.sending().stuckReportInterval());
    }
}
