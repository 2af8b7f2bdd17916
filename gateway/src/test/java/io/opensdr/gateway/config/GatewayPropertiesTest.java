package io.opensdr.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class GatewayPropertiesTest {

  private static final URI OK = URI.create("http://127.0.0.1:8082");

  @Test
  void shouldAcceptAbsoluteHttpUrls() {
    GatewayProperties properties =
        new GatewayProperties(OK, URI.create("https://prospector.svc:8443"), OK, OK);

    assertThat(properties.targets()).containsEntry("campaign-service", OK).hasSize(4);
  }

  @Test
  void shouldRejectAMissingOrRelativeTarget() {
    assertThatThrownBy(() -> new GatewayProperties(null, OK, OK, OK))
        .hasMessageContaining("opensdr.gateway.campaign-url");
    assertThatThrownBy(() -> new GatewayProperties(OK, OK, URI.create("qualifier:8084"), OK))
        .hasMessageContaining("opensdr.gateway.qualifier-url");
    assertThatThrownBy(() -> new GatewayProperties(OK, OK, OK, URI.create("/outreach")))
        .hasMessageContaining("opensdr.gateway.outreach-url");
  }
}
