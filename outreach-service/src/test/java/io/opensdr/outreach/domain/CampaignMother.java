package io.opensdr.outreach.domain;

/** Test data: campaigns as outreach keeps them. */
public final class CampaignMother {

    public static final String SUBJECT = "{{companyName}} and faster deliveries";
    public static final String BODY = """
            Hello {{firstName}},

            As {{title}} at {{companyName}}, you may like how teams like yours cut their delivery times.
            Would 30 minutes on Wednesday work? {{meetingLink}}

            {{senderName}}""";

    private CampaignMother() {
    }

    public static Campaign anActiveCampaign(String campaignId) {
        return new Campaign(campaignId, "workspace-1", 1, CampaignStatus.ACTIVE,
                new EmailTemplate(SUBJECT, BODY),
                new SenderMailbox("sales@opensdr.example", "Camille Durand", 30),
                "https://cal.example/camille/30min", "Logistics VPs, France", "Logistics", ProspectSource.ROCKETREACH);
    }

    public static Campaign withStatus(Campaign campaign, CampaignStatus status, long revision) {
        return new Campaign(campaign.id(), campaign.workspaceId(), revision, status, campaign.template(),
                campaign.sender(), campaign.meetingLink(), campaign.name(), campaign.sector(), campaign.source(),
                campaign.sending());
    }

    public static Campaign withTemplate(Campaign campaign, String subject, String body, long revision) {
        return new Campaign(campaign.id(), campaign.workspaceId(), revision, campaign.status(),
                new EmailTemplate(subject, body), campaign.sender(), campaign.meetingLink(), campaign.name(),
                campaign.sector(), campaign.source(), campaign.sending());
    }

    public static Campaign withMeetingLink(Campaign campaign, String meetingLink) {
        return new Campaign(campaign.id(), campaign.workspaceId(), campaign.revision(), campaign.status(),
                campaign.template(), campaign.sender(), meetingLink, campaign.name(), campaign.sector(), campaign.source(),
                campaign.sending());
    }

    public static Campaign withSource(Campaign campaign, ProspectSource source) {
        return new Campaign(campaign.id(), campaign.workspaceId(), campaign.revision(), campaign.status(),
                campaign.template(), campaign.sender(), campaign.meetingLink(), campaign.name(), campaign.sector(), source,
                campaign.sending());
    }

    public static Campaign withDailyCap(Campaign campaign, int dailyCap) {
        return new Campaign(campaign.id(), campaign.workspaceId(), campaign.revision(), campaign.status(),
                campaign.template(), new SenderMailbox(campaign.sender().email(), campaign.sender().name(), dailyCap,
                        campaign.sender().transport()),
                campaign.meetingLink(), campaign.name(), campaign.sector(), campaign.source(),
                campaign.sending());
    }

    public static Campaign withSending(Campaign campaign, CampaignSending sending) {
        return new Campaign(campaign.id(), campaign.workspaceId(), campaign.revision(), campaign.status(),
                campaign.template(), campaign.sender(), campaign.meetingLink(), campaign.name(), campaign.sector(),
                campaign.source(), sending);
    }

    public static Campaign withTransport(Campaign campaign, MailTransport.Kind transport) {
        SenderMailbox sender = campaign.sender();
        return new Campaign(campaign.id(), campaign.workspaceId(), campaign.revision(), campaign.status(),
                campaign.template(), new SenderMailbox(sender.email(), sender.name(), sender.dailyCap(), transport),
                campaign.meetingLink(), campaign.name(), campaign.sector(), campaign.source(), campaign.sending());
    }
}
