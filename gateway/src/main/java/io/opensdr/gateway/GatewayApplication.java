package io.opensdr.gateway;

import io.opensdr.gateway.lifecycle.ParentProcessWatcher;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/** The single entry point of the browser: the SPA at {@code /}, the services under {@code /api}. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GatewayApplication {

  public static void main(String[] args) {
    ConfigurableApplicationContext context = SpringApplication.run(GatewayApplication.class, args);
    // Started by a supervisor (the local stack, a test harness)? Go away with it.
    ParentProcessWatcher.fromEnvironment(System.getenv())
        .ifPresent(watcher -> watcher.start(() -> System.exit(SpringApplication.exit(context))));
  }
}
