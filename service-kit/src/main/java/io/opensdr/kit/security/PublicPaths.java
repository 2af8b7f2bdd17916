package io.opensdr.kit.security;

import java.util.List;

/**
 * Routes of a service that need no token, declared as a bean (or in {@code opensdr.security.public-paths}).
 * Each entry is a path pattern ({@code /api/outreach/track/**}), optionally preceded by a method
 * ({@code "POST /api/outreach/webhooks/sendgrid"}). A public route ignores any token it is sent, so
 * an expired cookie never stands in its way, and needs no CSRF token.
 */
public record PublicPaths(List<String> patterns) {

    public PublicPaths {
        patterns = List.copyOf(patterns);
    }

    public static PublicPaths of(String... patterns) {
        return new PublicPaths(List.of(patterns));
    }
}
