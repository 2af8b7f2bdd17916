package io.opensdr.outreach.domain;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills {@code {{name}}} placeholders. Whatever cannot be filled is an error, never left in the
 * text: an unknown name, a known name without a value, or a brace pair that is not a placeholder
 * (a prospect must never read "Hello {{firstName}}" or "Hello {{first name}").
 */
public final class MergeFieldTemplate {

    /** The merge fields a template may use; campaign-service accepts exactly these when a template is written. */
    public static final List<String> FIELDS = List.of(
            "firstName", "lastName", "title", "companyName", "senderName", "meetingLink");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([^{}]*)}}");

    private MergeFieldTemplate() {
    }

    /**
     * @param values the value of each merge field; a missing or blank value makes a template that
     *               uses the field unrenderable
     * @throws DraftNotWritableException when a placeholder cannot be filled
     */
    public static String render(String template, Map<String, String> values) {
        if (template == null || template.isBlank()) {
            throw new DraftNotWritableException("The template is empty");
        }
        StringBuilder out = new StringBuilder();
        Matcher matcher = PLACEHOLDER.matcher(template);
        int literalStart = 0;
        while (matcher.find()) {
            appendLiteral(out, template.substring(literalStart, matcher.start()));
            out.append(valueOf(matcher.group(1), values));
            literalStart = matcher.end();
        }
        appendLiteral(out, template.substring(literalStart));
        return out.toString();
    }

    private static String valueOf(String field, Map<String, String> values) {
        if (!FIELDS.contains(field)) {
            throw new DraftNotWritableException("Unknown merge field {{" + field + "}}; use one of " + FIELDS);
        }
        String value = values.get(field);
        if (value == null || value.isBlank()) {
            throw new DraftNotWritableException("The merge field {{" + field + "}} has no value");
        }
        return value;
    }

    private static void appendLiteral(StringBuilder out, String literal) {
        if (literal.contains("{{") || literal.contains("}}")) {
            throw new DraftNotWritableException("The template has an unclosed or malformed merge field near \""
                    + abbreviate(literal) + "\"");
        }
        out.append(literal);
    }

    private static String abbreviate(String text) {
        String trimmed = text.strip();
        return trimmed.length() <= 40 ? trimmed : trimmed.substring(0, 40) + "...";
    }
}
