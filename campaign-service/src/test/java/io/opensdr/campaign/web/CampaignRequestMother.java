package io.opensdr.campaign.web;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Test data: the JSON body of a valid POST /api/campaigns, as the SPA sends it, for tests to spoil. */
final class CampaignRequestMother {

    private CampaignRequestMother() {
    }

    static ObjectNode aCampaignRequest() {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode request = nodes.objectNode();
        request.put("name", "Sales leaders in European software");
        request.put("sector", "Software");
        ObjectNode target = request.putObject("targetProfile");
        target.putArray("titles").add("VP Sales").add("Head of Sales");
        target.putArray("seniorities").add("VP").add("DIRECTOR");
        target.putArray("companySizes").add("51-200");
        target.putArray("industries").add("Software");
        target.putArray("countries").add("FR").add("DE");
        ObjectNode template = request.putObject("emailTemplate");
        template.put("subject", "{{firstName}}, a quicker way to fill {{companyName}}'s pipeline");
        template.put("body", "Hi {{firstName}},\n\nAs {{title}} at {{companyName}}... {{meetingLink}}\n\n{{senderName}}");
        ObjectNode meeting = request.putObject("meeting");
        meeting.putArray("days").add("MONDAY").add("TUESDAY");
        meeting.put("startHour", 9);
        meeting.put("endHour", 17);
        meeting.put("timeZone", "Europe/Paris");
        meeting.put("schedulerLink", "https://calendly.com/opensdr-demo/20min");
        return request;
    }

    static ObjectNode template(ObjectNode request) {
        return (ObjectNode) request.get("emailTemplate");
    }

    static ObjectNode meeting(ObjectNode request) {
        return (ObjectNode) request.get("meeting");
    }
}
