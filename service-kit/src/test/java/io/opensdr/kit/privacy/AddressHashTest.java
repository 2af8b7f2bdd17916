package io.opensdr.kit.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AddressHashTest {

    @Test
    void shouldBeTheSha256OfTheWorkspaceAndTheNormalisedAddress() {
        // printf 'w1\nada@example.com' | sha256sum
        assertThat(AddressHash.of("w1", "  Ada@Example.COM "))
                .isEqualTo(AddressHash.of("w1", "ada@example.com"))
                .isEqualTo("80493e35526c2518b3e0c88c5b23b63bd240eababf73bd71719e84bd1dc4bb89");
    }

    @Test
    void shouldDifferBetweenWorkspaces() {
        assertThat(AddressHash.of("w1", "ada@example.com")).isNotEqualTo(AddressHash.of("w2", "ada@example.com"));
    }

    @Test
    void shouldLookLikeAHashAndNothingElseShould() {
        assertThat(AddressHash.isHash(AddressHash.of("w1", "ada@example.com"))).isTrue();
        assertThat(AddressHash.isHash("ada@example.com")).isFalse();
        assertThat(AddressHash.isHash(null)).isFalse();
    }

    @Test
    void shouldRefuseAMissingAddressOrWorkspace() {
        assertThatThrownBy(() -> AddressHash.of("w1", " ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AddressHash.of(null, "ada@example.com")).isInstanceOf(IllegalArgumentException.class);
    }
}
