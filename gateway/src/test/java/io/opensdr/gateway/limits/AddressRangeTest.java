package io.opensdr.gateway.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AddressRangeTest {

  @Test
  void shouldMatchAddressesInsideTheRangeOnly() {
    AddressRange tenSlash8 = new AddressRange("10.0.0.0/8");

    assertThat(tenSlash8.contains("10.1.2.3")).isTrue();
    assertThat(tenSlash8.contains("11.0.0.1")).isFalse();
    assertThat(new AddressRange("127.0.0.1").contains("127.0.0.1")).isTrue();
    assertThat(new AddressRange("127.0.0.1").contains("127.0.0.2")).isFalse();
    assertThat(new AddressRange("fd00::/8").contains("fd12::1")).isTrue();
    assertThat(tenSlash8.contains("fd12::1")).isFalse();
  }

  @Test
  void shouldNeverResolveHostNames() {
    assertThat(new AddressRange("0.0.0.0/0").contains("localhost")).isFalse();
    assertThat(new AddressRange("0.0.0.0/0").contains("unknown")).isFalse();
    assertThatThrownBy(() -> new AddressRange("proxy.internal")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new AddressRange("10.0.0.0/33")).isInstanceOf(IllegalArgumentException.class);
  }
}
