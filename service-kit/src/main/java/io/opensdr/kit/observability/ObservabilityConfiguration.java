package io.opensdr.kit.observability;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.observation.ObservationRegistry;
import io.opensdr.kit.llm.OpenAiJsonChat;
import io.opensdr.kit.messaging.EventsKafkaConfiguration;
import io.opensdr.kit.outbox.OutboxCollection;
import io.opensdr.kit.outbox.OutboxConfiguration;
import io.opensdr.kit.outbox.OutboxRelay;
import io.opensdr.kit.security.PublicPaths;
import io.opensdr.kit.tracing.TraceContext;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.config.AbstractKafkaListenerContainerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.MicrometerConsumerListener;
import org.springframework.kafka.core.MicrometerProducerListener;
import org.springframework.kafka.listener.DefaultErrorHandler;

/**
 * Traces and metrics for every service, in one place. The kit's Kafka templates and listener
 * containers are observed (a span per record sent and received, the W3C {@code traceparent} header
 * on every record); the outbox carries each event's trace context to its record
 * ({@link TraceContext}); the Kafka clients' own metrics (consumer lag among them), records processed,
 * failed and dead-lettered per topic ({@link KafkaRecordMetrics}) and the outbox backlog
 * ({@link OutboxBacklog}) are meters. Defaults (sampling, Zipkin export off, JSON logs) come from
 * {@link ObservabilityDefaults}.
 */
@AutoConfiguration(after = {EventsKafkaConfiguration.class, OutboxConfiguration.class})
public class ObservabilityConfiguration {

    @Bean
    public KafkaRecordMetrics kafkaRecordMetrics(MeterRegistry registry) {
        return new KafkaRecordMetrics(registry);
    }

    @Bean
    @ConditionalOnBean(OutboxRelay.class)
    public OutboxBacklog outboxBacklog(MongoTemplate mongo, List<OutboxCollection> collections) {
        return new OutboxBacklog(mongo, collections);
    }

    /** The language-model meters of a service that talks to one exist from the start, at zero. */
    @Bean
    @ConditionalOnClass(name = "dev.langchain4j.model.chat.ChatModel")
    public MeterBinder languageModelMeters() {
        return registry -> {
            for (String outcome : List.of("success", "failure")) {
                Timer.builder(OpenAiJsonChat.REQUESTS).description("Language-model calls, retries included")
                        .tag("outcome", outcome).register(registry);
            }
            Counter.builder(OpenAiJsonChat.FALLBACKS)
                    .description("Model answers replaced by the fall-back (rules, template)").register(registry);
        };
    }

    /**
     * Prometheus scrapes without a token: the services' own ports are reached only inside the
     * cluster (the gateway routes {@code /api/**} alone), and a NetworkPolicy limits who reaches them.
     */
    @Bean
    public PublicPaths prometheusScrape() {
        return PublicPaths.of("GET /actuator/prometheus");
    }

    /** Lets work outside a listener or request continue a stored trace ({@link TraceContext#within}). */
    @Bean
    public SmartInitializingSingleton traceContextInstaller(ObjectProvider<ObservationRegistry> registry) {
        return () -> TraceContext.install(registry.getIfAvailable(() -> ObservationRegistry.NOOP));
    }

    @Bean
    public static BeanPostProcessor kafkaObservability(ObjectProvider<MeterRegistry> meters,
                                                       ObjectProvider<KafkaRecordMetrics> recordMetrics) {
        return new BeanPostProcessor() {
            @Override
            @SuppressWarnings({"unchecked", "rawtypes"})
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof KafkaTemplate<?, ?> template) {
                    template.setObservationEnabled(true);
                } else if (bean instanceof AbstractKafkaListenerContainerFactory factory) {
                    factory.getContainerProperties().setObservationEnabled(true);
                    KafkaRecordMetrics metrics = recordMetrics.getObject();
                    factory.setRecordInterceptor(metrics);
                    factory.setBatchInterceptor(metrics);
                } else if (bean instanceof DefaultErrorHandler handler) {
                    handler.setRetryListeners(recordMetrics.getObject());
                } else if (bean instanceof DefaultKafkaConsumerFactory<?, ?> consumers) {
                    consumers.addListener(new MicrometerConsumerListener(meters.getObject()));
                } else if (bean instanceof DefaultKafkaProducerFactory<?, ?> producers) {
                    producers.addListener(new MicrometerProducerListener(meters.getObject()));
                }
                return bean;
            }
        };
    }
}
