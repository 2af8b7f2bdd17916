package io.opensdr.prospector.sources.rocketreach;

import io.opensdr.prospector.domain.EmailGrade;
import io.opensdr.prospector.domain.ProspectEnricher;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one address a prospect gets from a looked-up profile, and how far it can be trusted.
 *
 * <p>The grade comes from {@code smtp_valid} (valid, accept-all, unknown, invalid); when
 * RocketReach gives none, from its letter {@code grade} (A… is VALID, F is INVALID, anything else
 * UNKNOWN: our reading, the contract does not define the letters). Disposable addresses and
 * addresses that are not syntactically an address are never chosen. Among the rest: the best
 * grade first, then a professional address before a personal one before a role-based one, then
 * the one RocketReach recommends. A profile left with no address gets {@link Choice#NONE}: the
 * person is still a prospect, with {@link EmailGrade#MISSING}, and is never emailed.
 */
final class EmailChoice {

    record Choice(String email, EmailGrade grade) {
        static final Choice NONE = new Choice(null, EmailGrade.MISSING);
    }

    private EmailChoice() {
    }

    static Choice of(RocketReachProfile profile) {
        List<String> recommended = List.of(nonNull(profile.recommendedProfessionalEmail()),
                nonNull(profile.currentWorkEmail()), nonNull(profile.recommendedEmail()));
        Optional<RocketReachEmail> best = profile.emails().stream()
                .filter(email -> isAddress(email.email()))
                .filter(email -> !"disposable".equalsIgnoreCase(email.type()))
                .min(Comparator.<RocketReachEmail>comparingInt(email -> grade(email).ordinal())
                        .thenComparingInt(email -> typeRank(email.type()))
                        .thenComparingInt(email -> recommendedRank(recommended, email.email())));
        if (best.isPresent()) {
            return new Choice(best.get().email().trim(), grade(best.get()));
        }
        // No graded list: a recommended address alone is kept, graded UNKNOWN since nobody graded it.
        return recommended.stream().filter(EmailChoice::isAddress).findFirst()
                .map(address -> new Choice(address.trim(), EmailGrade.UNKNOWN))
                .orElse(Choice.NONE);
    }

    /** The grade of one address: smtp_valid first, the letter grade when smtp_valid is missing. */
    static EmailGrade grade(RocketReachEmail email) {
        if (email.smtpValid() != null) {
            return switch (email.smtpValid().toLowerCase(Locale.ROOT)) {
                case "valid" -> EmailGrade.VALID;
                case "accept-all", "accept_all", "catch-all" -> EmailGrade.ACCEPT_ALL;
                case "invalid" -> EmailGrade.INVALID;
                default -> EmailGrade.UNKNOWN;
            };
        }
        if (email.grade() != null) {
            String letter = email.grade().trim().toUpperCase(Locale.ROOT);
            if (letter.startsWith("A")) {
                return EmailGrade.VALID;
            }
            if (letter.startsWith("F")) {
                return EmailGrade.INVALID;
            }
        }
        return EmailGrade.UNKNOWN;
    }

    static boolean isAddress(String value) {
        return value != null && ProspectEnricher.isWellFormed(value.trim()); // the one syntax check of every source
    }

    private static int typeRank(String type) {
        if (type == null) {
            return 1;
        }
        return switch (type.toLowerCase(Locale.ROOT)) {
            case "professional" -> 0;
            case "personal" -> 2;
            case "role-based" -> 3;
            default -> 1;
        };
    }

    private static int recommendedRank(List<String> recommended, String address) {
        for (int i = 0; i < recommended.size(); i++) {
            if (recommended.get(i).equalsIgnoreCase(address.trim())) {
                return i;
            }
        }
        return recommended.size();
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
