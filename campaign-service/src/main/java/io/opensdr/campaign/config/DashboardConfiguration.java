package io.opensdr.campaign.config;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The dashboard's own settings (its live stream). */
@Configuration
@EnableConfigurationProperties(DashboardProperties.class)
public class DashboardConfiguration {
}
