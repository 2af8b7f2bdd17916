package io.opensdr.outreach.domain;

import java.util.HashMap;
import java.util.Map;

/**
 * Writes the draft by filling the campaign's approved template with the prospect's data; the
 * {@code {{meetingLink}}} field is the prospect's {@link BookingLink} (prefilled, with the ids in
 * its utm parameters).
 */
public class TemplateDraftWriter implements DraftWriter {

    @Override
    public DraftContent write(Campaign campaign, QualifiedProspect prospect) {
        Map<String, String> values = mergeValues(campaign, prospect);
        String subject = MergeFieldTemplate.render(campaign.template().subject(), values);
        String body = MergeFieldTemplate.render(campaign.template().body(), values);
        return new DraftContent(subject, body, DraftGenerator.TEMPLATE);
    }

    private static Map<String, String> mergeValues(Campaign campaign, QualifiedProspect prospect) {
        Contact contact = prospect.contact();
        // HashMap, not Map.of: absent values are legitimate and are reported only if the template uses them.
        Map<String, String> values = new HashMap<>();
        values.put("firstName", contact.firstName());
        values.put("lastName", contact.lastName());
        values.put("title", contact.title());
        values.put("companyName", contact.companyName());
        values.put("senderName", campaign.sender().name());
        values.put("meetingLink", BookingLink.of(campaign, prospect).orElse(null));
        return values;
    }
}
