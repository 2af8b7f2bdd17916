package io.opensdr.gateway.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Request body limits ({@code opensdr.gateway.limits.*}).
 *
 * @param maxBody every request but the CSV import's
 * @param csvImportMaxBody the CSV import and its preview (a 50 MB file plus the multipart form)
 */
@ConfigurationProperties("opensdr.gateway.limits")
public record LimitsProperties(
    @DefaultValue("1MB") DataSize maxBody, @DefaultValue("52MB") DataSize csvImportMaxBody) {}
