package io.opensdr.kit.observability;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Every service's observability settings, as defaults that anything else overrides (a service's
 * application.yml, an environment variable, a command-line argument):
 * <ul>
 * <li>every trace sampled ({@code MANAGEMENT_TRACING_SAMPLING_PROBABILITY} lowers it), W3C propagation;</li>
 * <li>no span exported unless {@code management.zipkin.tracing.export.enabled=true} (the local launcher's
 * {@code --zipkin}) with {@code management.zipkin.tracing.endpoint};</li>
 * <li>logs as ECS JSON lines on the console with {@code trace.id} and {@code span.id}
 * ({@code LOGGING_STRUCTURED_FORMAT_CONSOLE} may name {@code logstash} or {@code gelf}; an empty value
 * gives plain text, whose lines still carry {@code [traceId-spanId]});</li>
 * <li>{@code /actuator/prometheus} with histograms for HTTP requests, and no trace per scheduled
 * task run (the outbox relay's poll would start a trace every 100 ms).</li>
 * </ul>
 */
public class ObservabilityDefaults implements EnvironmentPostProcessor, Ordered {

    static final String SOURCE = "opensdrObservabilityDefaults";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put("management.tracing.sampling.probability", "1.0");
        defaults.put("management.tracing.propagation.type", "w3c");
        defaults.put("management.zipkin.tracing.export.enabled", "false");
        defaults.put("management.observations.enable.tasks.scheduled", "false");
        defaults.put("management.metrics.distribution.percentiles-histogram.http.server.requests", "true");
        defaults.put("management.metrics.tags.application", "${spring.application.name:unknown}");
        defaults.put("logging.structured.format.console", "ecs");
        defaults.put("logging.structured.ecs.service.name", "${spring.application.name:}");
        environment.getPropertySources().addLast(new MapPropertySource(SOURCE, defaults));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
