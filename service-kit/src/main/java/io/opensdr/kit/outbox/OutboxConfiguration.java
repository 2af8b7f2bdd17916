package io.opensdr.kit.outbox;

import io.opensdr.kit.messaging.EventPublisher;
import io.opensdr.kit.messaging.EventsKafkaConfiguration;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.mongo.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.data.mongo.MongoDataAutoConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

@AutoConfiguration(after = {MongoDataAutoConfiguration.class, EventsKafkaConfiguration.class})
@EnableScheduling
public class OutboxConfiguration {

    /** Tells the relay of updates that push events to an outbox, as soon as MongoDB has applied them. */
    @Bean
    @ConditionalOnProperty(name = "opensdr.outbox.enabled", havingValue = "true", matchIfMissing = true)
    public OutboxWrites outboxWrites(List<OutboxCollection> collections) {
        return new OutboxWrites(collections.stream().map(OutboxCollection::name).collect(Collectors.toSet()));
    }

    @Bean
    @ConditionalOnProperty(name = "opensdr.outbox.enabled", havingValue = "true", matchIfMissing = true)
    public MongoClientSettingsBuilderCustomizer outboxWritesListener(OutboxWrites outboxWrites) {
        return settings -> settings.addCommandListener(outboxWrites);
    }

    @Bean
    public OutboxInserts outboxInserts(MongoTemplate mongo, ApplicationEventPublisher events) {
        return new OutboxInserts(mongo, events);
    }

    @Bean
    public AnnouncedUpdates announcedUpdates(MongoTemplate mongo, ApplicationEventPublisher events) {
        return new AnnouncedUpdates(mongo, events);
    }

    /**
     * @param sweepIntervalMs how often every outbox collection is swept for events that were not
     *                        signalled by their write (the relay is otherwise woken by the writes)
     */
    @Bean
    @ConditionalOnProperty(name = "opensdr.outbox.enabled", havingValue = "true", matchIfMissing = true)
    public OutboxRelay outboxRelay(MongoTemplate mongo, EventPublisher publisher, List<OutboxCollection> collections,
                                   OutboxWrites outboxWrites,
                                   @Value("${opensdr.outbox.sweep-interval-ms:60000}") long sweepIntervalMs) {
        return new OutboxRelay(mongo, publisher, collections, outboxWrites, Duration.ofMillis(sweepIntervalMs));
    }
}
