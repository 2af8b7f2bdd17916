package io.opensdr.prospector.config;

import io.opensdr.prospector.domain.CampaignState;
import io.opensdr.prospector.domain.CampaignStore;
import io.opensdr.prospector.domain.SuppressedPeople;
import io.opensdr.prospector.sources.csv.CsvImportService;
import io.opensdr.prospector.sources.csv.CsvImportSettings;
import io.opensdr.prospector.sources.csv.CsvImportSource;
import io.opensdr.prospector.sources.csv.ImportedPeople;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The CSV import: its HTTP API's service and the CSV source the campaigns read from. */
@Configuration
@EnableConfigurationProperties(CsvImportProperties.class)
public class CsvImportConfiguration {

    @Bean
    CsvImportSource csvImportSource(ImportedPeople people) {
        return new CsvImportSource(people);
    }

    @Bean
    CsvImportService csvImportService(CampaignStore campaigns, ImportedPeople people, SuppressedPeople suppressed,
                                      CsvImportProperties properties, Clock clock) {
        return new CsvImportService(campaignId -> campaigns.find(campaignId).map(CampaignState::campaign), people, suppressed, new CsvImportSettings(properties.maxFileSize().toBytes(),
                properties.batchSize(), properties.maxStoredErrors(), properties.previewRows(), properties.maxRowChars(),
                properties.staleLockAfter()), clock);
    }
}
