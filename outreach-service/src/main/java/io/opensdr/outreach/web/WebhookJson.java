package io.opensdr.outreach.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Reading a webhook's JSON strictly: a required field that is missing or of the wrong kind is a 400. */
final class WebhookJson {

    private static final int MAX_TEXT = 2048;

    private WebhookJson() {
    }

    static JsonNode object(JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        if (node == null || !node.isObject()) {
            throw new InvalidWebhookException("'" + field + "' must be an object");
        }
        return node;
    }

    static String requiredText(JsonNode parent, String field) {
        String text = optionalText(parent, field);
        if (text == null) {
            throw new InvalidWebhookException("'" + field + "' is required");
        }
        return text;
    }

    /** The field's text, or null when it is absent, null or blank. */
    static String optionalText(JsonNode parent, String field) {
        JsonNode node = parent == null ? null : parent.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw new InvalidWebhookException("'" + field + "' must be a string");
        }
        String text = node.asText().trim();
        if (text.length() > MAX_TEXT) {
            throw new InvalidWebhookException("'" + field + "' is longer than " + MAX_TEXT + " characters");
        }
        return text.isEmpty() ? null : text;
    }

    static Instant requiredInstant(JsonNode parent, String field) {
        String text = requiredText(parent, field);
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidWebhookException("'" + field + "' is not an ISO-8601 date-time with an offset: " + text);
        }
    }

    static boolean flag(JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return false;
        }
        if (!node.isBoolean()) {
            throw new InvalidWebhookException("'" + field + "' must be true or false");
        }
        return node.booleanValue();
    }
}
