package io.opensdr.kit.messaging;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the schema registry is, and how hard a consumer tries before a record goes to its DLT.
 *
 * @param registryUrl the registry's Apicurio v2 API, e.g. {@code http://127.0.0.1:8081/apis/registry/v2}
 * @param retryAttempts how many times a failed record is retried (a transient failure such as a
 *                      campaign snapshot not yet seen) before it is dead-lettered
 * @param retryInitialIntervalMs the first back-off, doubled at each retry
 * @param topicReplicas replication factor of the topics a service creates when they are missing
 *                      (1 on the local single broker; in Kubernetes the topics are KafkaTopic resources)
 */
@ConfigurationProperties(prefix = "opensdr")
public record EventsProperties(
        @DefaultValue("http://127.0.0.1:8081/apis/registry/v2") String registryUrl,
        @DefaultValue("4") int retryAttempts,
        @DefaultValue("250") long retryInitialIntervalMs,
        @DefaultValue("1") short topicReplicas) {
}
