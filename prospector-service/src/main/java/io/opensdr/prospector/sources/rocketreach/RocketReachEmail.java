package io.opensdr.prospector.sources.rocketreach;

/**
 * One entry of a looked-up profile's {@code emails}, as documented: {@code smtp_valid} is
 * valid|invalid|accept-all|unknown, {@code type} personal|professional|disposable|role-based,
 * {@code grade} RocketReach's own letter grade. Any of them may be null when RocketReach omits it.
 */
public record RocketReachEmail(String email, String smtpValid, String type, String grade) {
}
