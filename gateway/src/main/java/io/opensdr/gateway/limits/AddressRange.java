package io.opensdr.gateway.limits;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;

/** An IP address or CIDR range ({@code 10.0.0.0/8}, {@code 127.0.0.1}, {@code fd00::/8}). */
final class AddressRange {

  private final byte[] network;
  private final int prefixLength;

  AddressRange(String range) {
    String[] parts = range.trim().split("/", 2);
    this.network = literal(parts[0]);
    if (network == null) {
      throw new IllegalArgumentException("not an IP address or CIDR range: " + range);
    }
    int bits = network.length * 8;
    try {
      this.prefixLength = parts.length == 2 ? Integer.parseInt(parts[1]) : bits;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not an IP address or CIDR range: " + range, e);
    }
    if (prefixLength < 0 || prefixLength > bits) {
      throw new IllegalArgumentException("not an IP address or CIDR range: " + range);
    }
  }

  /** Whether this textual address (never a host name: no DNS lookup) is in the range. */
  boolean contains(String address) {
    byte[] candidate = literal(address.trim());
    if (candidate == null || candidate.length != network.length) {
      return false;
    }
    int shift = network.length * 8 - prefixLength;
    return new BigInteger(1, candidate).shiftRight(shift).equals(new BigInteger(1, network).shiftRight(shift));
  }

  /** The address's bytes, or null when it is not an IPv4 or IPv6 literal. */
  private static byte[] literal(String text) {
    if (text.isEmpty() || !(text.matches("[0-9.]+") || text.contains(":"))) {
      return null;
    }
    if (text.matches("[0-9.]+") && text.split("\\.", -1).length != 4) {
      return null;
    }
    try {
      // A literal is parsed, never resolved.
      return InetAddress.getByName(text).getAddress();
    } catch (UnknownHostException e) {
      return null;
    }
  }
}
