package io.opensdr.kit.outbox;

import io.opensdr.kit.messaging.EventPublisher;
import io.opensdr.kit.messaging.EventsKafkaConfiguration;
import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.data.mongo.MongoDataAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

@AutoConfiguration(after = {MongoDataAutoConfiguration.class, EventsKafkaConfiguration.class})
@EnableScheduling
public class OutboxConfiguration {

    @Bean
    @ConditionalOnProperty(name = "opensdr.outbox.enabled", havingValue = "true", matchIfMissing = true)
    public OutboxRelay outboxRelay(MongoTemplate mongo, EventPublisher publisher, List<OutboxCollection> collections) {
        return new OutboxRelay(mongo, publisher, collections);
    }
}
