package io.opensdr.deploy.k8s;

import io.opensdr.events.catalog.EventTopic;

/**
 * Generates deploy/k8s/base/kafka-topics.yaml from the typed catalogue (schemas' EventTopic):
 * every topic and its DLT, with the catalogue's partitions and cleanup policy. KafkaTopicsFileTest
 * fails when the committed file differs; {@code -Dk8s.regenerate=true} rewrites it.
 */
final class KafkaTopicsFile {

    /** Records of delete topics and DLTs are kept 30 days: a downstream consumer may be away that long. */
    static final long RETENTION_MS = 30L * 24 * 60 * 60 * 1000;
    static final int REPLICAS = 3;
    static final int MIN_INSYNC_REPLICAS = 2;

    private KafkaTopicsFile() {
    }

    static String render() {
        StringBuilder yaml = new StringBuilder("""
                # GENERATED from the topic catalogue (schemas: io.opensdr.events.catalog.EventTopic) by
                # deploy/k8s's KafkaTopicsFile; do not edit: run
                #   ./mvnw -pl deploy/k8s test -Dtest=KafkaTopicsFileTest -Dk8s.regenerate=true
                # Every topic and its dead-letter topic, %d partitions (records are keyed, so per-key order
                # holds), %d replicas with %d in sync for a write (the small overlay lowers both to 1). Delete
                # topics keep %d days; compacted topics keep the latest record of each key forever.
                """.formatted(EventTopic.PARTITIONS, REPLICAS, MIN_INSYNC_REPLICAS, RETENTION_MS / 86_400_000));
        for (EventTopic topic : EventTopic.values()) {
            topic(yaml, topic.topicName(), EventTopic.PARTITIONS, topic.retention().cleanupPolicy(),
                    topic.eventType().getSimpleName() + ", written by " + topic.producer().serviceName() + ", keyed by " + topic.keyField());
            topic(yaml, topic.deadLetterTopicName(), EventTopic.PARTITIONS, "delete",
                    "the records of " + topic.topicName() + " a consumer could not process");
        }
        topic(yaml, "kafkasql-journal", 1, "compact",
                "the schema registry's storage (Apicurio kafkasql): one partition, so that its journal stays in order");
        return yaml.toString();
    }

    private static void topic(StringBuilder yaml, String name, int partitions, String cleanupPolicy, String comment) {
        yaml.append("---\n# ").append(comment).append('\n').append("""
                apiVersion: kafka.strimzi.io/v1beta2
                kind: KafkaTopic
                metadata:
                  name: %s
                  labels:
                    strimzi.io/cluster: opensdr-kafka
                spec:
                  partitions: %d
                  replicas: %d
                  config:
                    cleanup.policy: %s
                    min.insync.replicas: %d
                """.formatted(name, partitions, REPLICAS, cleanupPolicy, MIN_INSYNC_REPLICAS));
        if (cleanupPolicy.equals("delete")) {
            yaml.append("    retention.ms: ").append(RETENTION_MS).append('\n');
        }
    }
}
