package io.opensdr.kit.health;

import org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * The {@code kafka} health indicator (Spring Boot has none), so that a service's readiness group
 * can include Kafka: {@code management.endpoint.health.group.readiness.include: readinessState,mongo,kafka}.
 * It reads {@code spring.kafka.*} itself rather than needing Boot's Kafka beans, so that it exists
 * (and the readiness group is valid) in tests that leave Kafka's auto-configuration out.
 */
@AutoConfiguration
@ConditionalOnClass({HealthIndicator.class, KafkaAdmin.class})
@ConditionalOnEnabledHealthIndicator("kafka")
public class KafkaHealthConfiguration {

    @Bean
    @ConditionalOnMissingBean(name = "kafkaHealthIndicator")
    public KafkaHealthIndicator kafkaHealthIndicator(Environment environment) {
        KafkaProperties kafka = Binder.get(environment).bind("spring.kafka", KafkaProperties.class).orElseGet(KafkaProperties::new);
        return new KafkaHealthIndicator(kafka.buildAdminProperties(null), KafkaHealthIndicator.DEFAULT_TIMEOUT);
    }
}
