package io.opensdr.kit.messaging;

import io.apicurio.registry.serde.avro.AvroKafkaDeserializer;
import io.apicurio.registry.serde.avro.AvroKafkaSerializer;
import io.opensdr.events.catalog.EventTopic;
import io.opensdr.events.catalog.TopicNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigureBefore;
import org.springframework.boot.autoconfigure.kafka.KafkaAutoConfiguration;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.annotation.EnableKafka;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Kafka for every service, one way: String keys, Avro values through the schema registry, records
 * acknowledged by all replicas with an idempotent producer, and consumers that retry a failing
 * record a few times with back-off and then move it to {@code <topic>-dlt}, so that one poison
 * record never stops a partition. Undecodable records and {@link InvalidEventException}s skip
 * the retries.
 */
@AutoConfiguration
@AutoConfigureBefore(KafkaAutoConfiguration.class)
@EnableKafka
@EnableConfigurationProperties(EventsProperties.class)
public class EventsKafkaConfiguration {

    @Bean
    public DefaultKafkaProducerFactory<String, SpecificRecord> eventProducerFactory(
            KafkaProperties kafka, EventsProperties events) {
        Map<String, Object> config = new LinkedHashMap<>(kafka.buildProducerProperties(null));
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.putAll(AvroSerdeSettings.forSerializer(events.registryUrl()));
        return new DefaultKafkaProducerFactory<>(config, new StringSerializer(), avroSerializer(config));
    }

    @Bean
    public KafkaTemplate<String, SpecificRecord> kafkaTemplate(
            DefaultKafkaProducerFactory<String, SpecificRecord> eventProducerFactory) {
        return new KafkaTemplate<>(eventProducerFactory);
    }

    @Bean
    public EventPublisher eventPublisher(KafkaTemplate<String, SpecificRecord> kafkaTemplate) {
        return new EventPublisher(kafkaTemplate);
    }

    @Bean
    public ConsumerFactory<String, Object> eventConsumerFactory(KafkaProperties kafka, EventsProperties events) {
        Map<String, Object> config = new LinkedHashMap<>(kafka.buildConsumerProperties(null));
        config.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.putAll(AvroSerdeSettings.forDeserializer(events.registryUrl()));
        AvroKafkaDeserializer<Object> avro = new AvroKafkaDeserializer<>();
        avro.configure(config, false);
        return new DefaultKafkaConsumerFactory<>(config,
                new ErrorHandlingDeserializer<>(new StringDeserializer()),
                new ErrorHandlingDeserializer<>(avro));
    }

    @Bean
    public DefaultErrorHandler eventErrorHandler(KafkaProperties kafka, EventsProperties events,
                                                 DefaultKafkaProducerFactory<String, SpecificRecord> eventProducerFactory) {
        // A record that failed to deserialize reaches the recoverer as its original bytes;
        // one that failed in a listener is re-published as the event it was.
        Map<String, Object> bytesConfig = new LinkedHashMap<>(kafka.buildProducerProperties(null));
        bytesConfig.put(ProducerConfig.ACKS_CONFIG, "all");
        KafkaTemplate<String, byte[]> bytesTemplate = new KafkaTemplate<>(
                new DefaultKafkaProducerFactory<>(bytesConfig, new StringSerializer(), new ByteArraySerializer()));
        Map<Class<?>, KafkaOperations<?, ?>> templates = new LinkedHashMap<>();
        templates.put(byte[].class, bytesTemplate);
        templates.put(SpecificRecord.class, new KafkaTemplate<>(eventProducerFactory));

        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(templates,
                (record, exception) -> new TopicPartition(record.topic() + TopicNames.DLT_SUFFIX, record.partition()));

        ExponentialBackOff backOff = new ExponentialBackOff(events.retryInitialIntervalMs(), 2.0);
        backOff.setMaxAttempts(events.retryAttempts());
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(InvalidEventException.class, IllegalArgumentException.class,
                NullPointerException.class, ClassCastException.class);
        return handler;
    }

    @Bean
    public ConcurrentKafkaListenerContainerFactory<String, Object> kafkaListenerContainerFactory(
            ConsumerFactory<String, Object> eventConsumerFactory, DefaultErrorHandler eventErrorHandler) {
        ConcurrentKafkaListenerContainerFactory<String, Object> factory = new ConcurrentKafkaListenerContainerFactory<>();
        factory.setConsumerFactory(eventConsumerFactory);
        factory.setCommonErrorHandler(eventErrorHandler);
        // Offsets are committed once per poll, not once per record (a broker round trip each, which
        // capped a consumer at a few hundred records a second). A failing record still goes alone
        // through the retries and the DLT: the error handler commits the records before it and
        // seeks back to it. After a crash the uncommitted rest of a poll is redelivered, which
        // idempotent consumers absorb.
        factory.getContainerProperties().setAckMode(ContainerProperties.AckMode.BATCH);
        return factory;
    }

    /**
     * For listeners that take a poll's records as one list ({@link EventBatch}), so that they can
     * write them in one round trip. Same consumers, retries and DLT as the record listeners: a
     * record the listener cannot process is named by its index, the records before it are
     * committed and it alone goes through the retries to the DLT.
     */
    @Bean
    public ConcurrentKafkaListenerContainerFactory<String, Object> batchEventListenerContainerFactory(
            ConsumerFactory<String, Object> eventConsumerFactory, DefaultErrorHandler eventErrorHandler) {
        ConcurrentKafkaListenerContainerFactory<String, Object> factory = new ConcurrentKafkaListenerContainerFactory<>();
        factory.setConsumerFactory(eventConsumerFactory);
        factory.setCommonErrorHandler(eventErrorHandler);
        factory.setBatchListener(true);
        factory.getContainerProperties().setAckMode(ContainerProperties.AckMode.BATCH);
        return factory;
    }

    /** Every topic of the catalogue and its DLT; creating an existing topic is a no-op. */
    @Bean
    public KafkaAdmin.NewTopics catalogueTopics(EventsProperties events) {
        List<org.apache.kafka.clients.admin.NewTopic> topics = new ArrayList<>();
        for (EventTopic topic : EventTopic.values()) {
            TopicBuilder main = TopicBuilder.name(topic.topicName()).partitions(EventTopic.PARTITIONS).replicas(events.topicReplicas())
                    .config(TopicConfig.CLEANUP_POLICY_CONFIG, topic.retention().cleanupPolicy());
            topics.add(main.build());
            topics.add(TopicBuilder.name(topic.deadLetterTopicName()).partitions(EventTopic.PARTITIONS).replicas(events.topicReplicas()).build());
        }
        return new KafkaAdmin.NewTopics(topics.toArray(org.apache.kafka.clients.admin.NewTopic[]::new));
    }

    private static AvroKafkaSerializer<SpecificRecord> avroSerializer(Map<String, Object> config) {
        AvroKafkaSerializer<SpecificRecord> serializer = new SchemaCachingAvroSerializer<>();
        serializer.configure(config, false);
        return serializer;
    }
}
