package io.opensdr.outreach.config;

import io.opensdr.outreach.domain.EmailSending;
import io.opensdr.outreach.domain.StuckSendRecovery;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Runs the sender every poll interval and settles emails a crash left in SENDING (at start-up, then
 * every report interval), with the intervals of {@link OutreachProperties}. Scheduling itself is
 * enabled by the service kit (outbox relay).
 */
@Configuration
public class SendingSchedule implements SchedulingConfigurer {

    private final EmailSending sending;
    private final StuckSendRecovery recovery;
    private final OutreachProperties properties;

    public SendingSchedule(EmailSending sending, StuckSendRecovery recovery, OutreachProperties properties) {
        this.sending = sending;
        this.recovery = recovery;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(sending::sendDue, properties.sending().pollInterval());
        registrar.addFixedDelayTask(recovery::recover, properties.sending().stuckReportInterval());
    }
}
