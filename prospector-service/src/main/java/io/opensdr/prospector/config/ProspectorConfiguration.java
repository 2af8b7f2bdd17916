package io.opensdr.prospector.config;

import io.opensdr.kit.outbox.OutboxCollection;
import io.opensdr.prospector.domain.CampaignStore;
import io.opensdr.prospector.domain.ProspectSource;
import io.opensdr.prospector.domain.ProspectStore;
import io.opensdr.prospector.domain.ProspectingService;
import io.opensdr.prospector.sources.DemoDirectory;
import java.time.Clock;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(ProspectorProperties.class)
public class ProspectorConfiguration {

    /** Days, and so daily quotas, are UTC days. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    DemoDirectory demoDirectory(Clock clock) {
        return new DemoDirectory(clock);
    }

    @Bean
    ProspectingService prospectingService(CampaignStore campaigns, ProspectStore prospects, List<ProspectSource> sources,
                                          ProspectorProperties properties, Clock clock) {
        return new ProspectingService(campaigns, prospects, sources, properties.pace().batchSize(), clock);
    }

    /** The relay publishes the ProspectFound events waiting in new prospects' outboxes. */
    @Bean
    OutboxCollection prospectsOutbox() {
        return new OutboxCollection("prospects");
    }
}
