package io.opensdr.gateway.config;

import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Says at startup where each route goes, so a misrouted stack is seen in the first log lines. */
@Component
class RouteTargetsLogger {

  private static final Logger log = LoggerFactory.getLogger(RouteTargetsLogger.class);

  private final GatewayProperties properties;

  RouteTargetsLogger(GatewayProperties properties) {
    this.properties = properties;
  }

  @EventListener(ApplicationReadyEvent.class)
  void logTargets() {
    new TreeMap<>(properties.targets())
        .forEach((route, target) -> log.info("Route {} -> {}", route, target));
  }
}
