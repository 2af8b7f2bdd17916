package io.opensdr.prospector.config;

import io.opensdr.prospector.domain.ProspectingService;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/** The pace: every tick, a batch for each active campaign (opensdr.prospector.pace.*). */
@Configuration
public class ProspectingSchedule implements SchedulingConfigurer {

    private final ProspectingService prospecting;
    private final ProspectorProperties properties;

    public ProspectingSchedule(ProspectingService prospecting, ProspectorProperties properties) {
        this.prospecting = prospecting;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(prospecting::prospectActiveCampaigns, properties.pace().tickInterval());
    }
}
