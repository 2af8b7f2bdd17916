package io.opensdr.campaign.config;

import org.bson.Document;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * MongoDB health with the {@code ping} command. Spring Boot's own indicator sends {@code hello},
 * which mongo-java-server (the local stack's and the tests' MongoDB) does not know, so the
 * service would report DOWN forever there; {@code ping} is answered by every MongoDB. The bean
 * name replaces Boot's indicator.
 */
@Configuration(proxyBeanMethods = false)
class MongoHealthConfiguration {

    @Bean
    HealthIndicator mongoHealthIndicator(MongoTemplate mongo) {
        return new AbstractHealthIndicator("MongoDB health check failed") {
            @Override
            protected void doHealthCheck(Health.Builder builder) {
                Document answer = mongo.executeCommand(new Document("ping", 1));
                builder.up().withDetail("database", mongo.getDb().getName()).withDetail("ping", answer.get("ok"));
            }
        };
    }
}
