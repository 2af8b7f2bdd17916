package io.opensdr.prospector.sources.rocketreach;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A person profile as RocketReach returns it from {@code /person/search} (teaser fields only) or
 * {@code /person/lookup} and {@code /person/checkStatus} (with emails and phones), read field by
 * field: a field that is missing, of the wrong JSON type or absurdly long is null, never an error.
 * Only a profile without a usable {@code id} is refused ({@link #parse} returns empty).
 */
public record RocketReachProfile(long id, String status, String name, String linkedinUrl, String city, String region,
                                 String country, String countryCode, String currentTitle, String currentEmployer,
                                 String currentEmployerDomain, String currentEmployerWebsite,
                                 String currentEmployerIndustry, boolean suppressed, String recommendedEmail,
                                 String recommendedProfessionalEmail, String currentWorkEmail,
                                 List<RocketReachEmail> emails, List<RocketReachPhone> phones) {

    /** Longer text than this in a field is taken for garbage rather than stored in a prospect. */
    static final int MAX_TEXT = 512;

    public RocketReachProfile {
        emails = List.copyOf(emails);
        phones = List.copyOf(phones);
    }

    /** The lookup finished: emails and phones are as complete as RocketReach will make them. */
    public boolean isComplete() {
        return "complete".equalsIgnoreCase(status);
    }

    /** Still being worked on by RocketReach (searching, progress, waiting...): worth polling. */
    public boolean isInProgress() {
        return status != null && !isComplete() && !"failed".equalsIgnoreCase(status);
    }

    public static Optional<RocketReachProfile> parse(JsonNode node) {
        if (node == null || !node.isObject()) {
            return Optional.empty();
        }
        Long id = id(node.get("id"));
        if (id == null) {
            return Optional.empty();
        }
        return Optional.of(new RocketReachProfile(id, text(node, "status"), text(node, "name"), text(node, "linkedin_url"),
                text(node, "city"), text(node, "region"), text(node, "country"), countryCode(text(node, "country_code")),
                text(node, "current_title"), text(node, "current_employer"),
                domain(text(node, "current_employer_domain")), text(node, "current_employer_website"),
                text(node, "current_employer_industry"), node.path("suppressed").asBoolean(false),
                text(node, "recommended_email"), text(node, "recommended_professional_email"),
                text(node, "current_work_email"), emails(node.get("emails")), phones(node.get("phones"))));
    }

    static Long id(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isIntegralNumber() && node.canConvertToLong() && node.asLong() > 0) {
            return node.asLong();
        }
        if (node.isTextual() && node.asText().trim().matches("\\d{1,18}")) {
            long id = Long.parseLong(node.asText().trim());
            return id > 0 ? id : null;
        }
        return null;
    }

    static String text(JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        if (node == null || !(node.isTextual() || node.isNumber())) {
            return null;
        }
        String value = node.asText().trim();
        return value.isEmpty() || value.length() > MAX_TEXT ? null : value;
    }

    private static String countryCode(String value) {
        return value != null && value.matches("[A-Za-z]{2}") ? value.toUpperCase(Locale.ROOT) : null;
    }

    private static String domain(String value) {
        return value != null && value.matches("[A-Za-z0-9.-]+\\.[A-Za-z]{2,}") ? value.toLowerCase(Locale.ROOT) : null;
    }

    private static List<RocketReachEmail> emails(JsonNode array) {
        List<RocketReachEmail> emails = new ArrayList<>();
        if (array != null && array.isArray()) {
            for (JsonNode entry : array) {
                if (entry.isObject() && text(entry, "email") != null) {
                    emails.add(new RocketReachEmail(text(entry, "email"), text(entry, "smtp_valid"), text(entry, "type"),
                            text(entry, "grade")));
                }
            }
        }
        return emails;
    }

    private static List<RocketReachPhone> phones(JsonNode array) {
        List<RocketReachPhone> phones = new ArrayList<>();
        if (array != null && array.isArray()) {
            for (JsonNode entry : array) {
                if (entry.isObject() && text(entry, "number") != null) {
                    phones.add(new RocketReachPhone(text(entry, "number"), text(entry, "e164"), text(entry, "type"),
                            text(entry, "validity"), entry.path("recommended").asBoolean(false)));
                }
            }
        }
        return phones;
    }
}
