package io.opensdr.campaign.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The campaign's email template filled for one prospect, as outreach would fill it: with a real
 * prospect of the campaign when one is known, else with a realistic sample person.
 *
 * @param sampleSource PROSPECT (a real prospect of the campaign) or SAMPLE (made up for the preview)
 * @param values       the value of each merge field
 * @param unfilled     merge fields that have no value yet (e.g. {{meetingLink}} before step 4)
 */
public record TemplatePreview(String subject, String body, String sampleSource, String prospectId,
                              Map<String, String> values, List<String> unfilled) {

    /** A person such as the demo directory holds, used when the campaign has no prospect yet. */
    public static final MergeSample SAMPLE = new MergeSample(null, "Claire", "Martin", "VP Sales", "Northwind Analytics");

    /** What a preview fills a template with: a prospect of the campaign (with its id) or the sample (without). */
    public record MergeSample(String prospectId, String firstName, String lastName, String title, String companyName) {
    }

    public static TemplatePreview of(EmailTemplate template, MergeSample person, String senderName, String meetingLink) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("{{firstName}}", person.firstName());
        values.put("{{lastName}}", person.lastName());
        values.put("{{title}}", person.title());
        values.put("{{companyName}}", person.companyName());
        values.put("{{senderName}}", senderName);
        values.put("{{meetingLink}}", meetingLink);
        List<String> unfilled = new ArrayList<>();
        String subject = template.subject();
        String body = template.body();
        for (Map.Entry<String, String> field : values.entrySet()) {
            if (field.getValue() == null || field.getValue().isBlank()) {
                if (template.uses(field.getKey())) {
                    unfilled.add(field.getKey());
                }
                continue;
            }
            subject = subject.replace(field.getKey(), field.getValue());
            body = body.replace(field.getKey(), field.getValue());
        }
        values.values().removeIf(value -> value == null || value.isBlank());
        return new TemplatePreview(subject, body, person.prospectId() == null ? "SAMPLE" : "PROSPECT",
                person.prospectId(), values, unfilled);
    }
}
