package io.opensdr.prospector.sources.rocketreach;

/** One entry of a looked-up profile's {@code phones}; {@code number} is never null. */
public record RocketReachPhone(String number, String e164, String type, String validity, boolean recommended) {
}
