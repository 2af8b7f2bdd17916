package io.opensdr.campaign.domain;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The placeholders an email template may use. Outreach fills exactly these, so any other
 * {@code {{...}}} would reach a prospect verbatim: it is rejected when the template is written.
 */
public final class MergeFields {

    public static final List<String> KNOWN = List.of(
            "{{firstName}}", "{{lastName}}", "{{title}}", "{{companyName}}", "{{senderName}}", "{{meetingLink}}");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^{}]*}}");

    private MergeFields() {
    }

    /** The placeholders of {@code text} that are not known merge fields, in order of appearance. */
    public static Set<String> unknownIn(String text) {
        Set<String> unknown = new LinkedHashSet<>();
        if (text == null) {
            return unknown;
        }
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            if (!KNOWN.contains(matcher.group())) {
                unknown.add(matcher.group());
            }
        }
        return unknown;
    }

    /** The message shown for a template that uses unknown placeholders. */
    public static String describeUnknown(Set<String> unknown) {
        return (unknown.size() == 1 ? "Unknown merge field " : "Unknown merge fields ") + String.join(", ", unknown)
                + "; use " + String.join(", ", KNOWN);
    }
}
