package io.opensdr.campaign.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The minimum a new password must meet: 12 to 64 characters (and at most 72 bytes in UTF-8, what
 * BCrypt reads), not the email or its local part, not one of the commonly used passwords in
 * {@code common-passwords.txt}, and not one character repeated.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 64;
    private static final int BCRYPT_MAX_BYTES = 72;
    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** Why the password is refused, or empty when it is acceptable. */
    public static Optional<String> problemWith(String password, String email) {
        if (password == null || password.isEmpty()) {
            return Optional.of("must not be empty");
        }
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("must have at least " + MIN_LENGTH + " characters");
        }
        if (password.length() > MAX_LENGTH || password.getBytes(StandardCharsets.UTF_8).length > BCRYPT_MAX_BYTES) {
            return Optional.of("must have at most " + MAX_LENGTH + " characters (72 bytes)");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (email != null && !email.isBlank()) {
            String address = email.trim().toLowerCase(Locale.ROOT);
            int at = address.indexOf('@');
            String localPart = at > 0 ? address.substring(0, at) : address;
            if (lower.equals(address) || lower.equals(localPart)) {
                return Optional.of("must not be your email address");
            }
        }
        if (lower.chars().distinct().count() == 1) {
            return Optional.of("must not repeat one character");
        }
        if (COMMON.contains(lower)) {
            return Optional.of("is too common; choose another one");
        }
        return Optional.empty();
    }

    public static void check(String password, String email) {
        problemWith(password, email).ifPresent(problem -> {
            throw new WeakPasswordException(problem);
        });
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().map(String::trim).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
