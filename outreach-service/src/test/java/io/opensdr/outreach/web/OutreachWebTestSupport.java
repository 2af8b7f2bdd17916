package io.opensdr.outreach.web;

import io.opensdr.kit.testing.ServiceWebTestSupport;
import io.opensdr.outreach.domain.Campaign;
import io.opensdr.outreach.domain.CampaignMother;
import io.opensdr.outreach.domain.CampaignStore;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Outreach's endpoint-by-endpoint web tests ({@link WorkspaceIsolationTest}, {@link BadInputTest}):
 * the kit's base with replies off and the providers' webhook secrets known, so that a test can
 * sign a webhook as SendGrid, Calendly and Cal.com do. Both share one application context.
 */
@TestPropertySource(properties = {
        "opensdr.outreach.tracking.replies.enabled=false",
        "opensdr.outreach.schedulers.calendly.signing-key=" + OutreachWebTestSupport.CALENDLY_KEY,
        "opensdr.outreach.schedulers.cal-com.secret=" + OutreachWebTestSupport.CAL_COM_SECRET})
abstract class OutreachWebTestSupport extends ServiceWebTestSupport {

    static final String CALENDLY_KEY = "web-tests-calendly-signing-key";
    static final String CAL_COM_SECRET = "web-tests-cal-com-secret";
    static final KeyPair SENDGRID = SendGridWebhookControllerTest.keyPair();

    @Autowired CampaignStore campaigns;

    /**
     * An active campaign of the workspace, with a draft for {@code email} (what an erasure of the
     * person deletes): its {@code campaignId} and {@code prospectId}.
     */
    Map<String, String> campaignWithADraft(String workspaceId, String email) {
        String campaignId = "campaign-" + UUID.randomUUID();
        Campaign campaign = CampaignMother.anActiveCampaign(campaignId);
        campaigns.saveIfNewer(new Campaign(campaign.id(), workspaceId, campaign.revision(), campaign.status(),
                campaign.template(), campaign.sender(), campaign.meetingLink(), campaign.name(), campaign.sector(),
                campaign.source(), campaign.sending()));
        String prospectId = "prospect-" + UUID.randomUUID();
        mongo.insert(new Document("_id", prospectId + ":1").append("prospectId", prospectId).append("step", 1)
                .append("campaignId", campaignId).append("workspaceId", workspaceId)
                .append("recipient", new Document("firstName", "Ada").append("email", email))
                .append("subject", "Hello Ada").append("body", "Hi Ada"), "drafts");
        return Map.of("campaignId", campaignId, "prospectId", prospectId);
    }

    @DynamicPropertySource
    static void sendGridKey(DynamicPropertyRegistry registry) {
        registry.add("opensdr.outreach.tracking.sendgrid-webhook.verification-key",
                () -> Base64.getEncoder().encodeToString(SENDGRID.getPublic().getEncoded()));
    }

    /** Calendly-Webhook-Signature for the body, signed now with {@code key}. */
    static String calendlySignature(String key, byte[] body) {
        String timestamp = Long.toString(Instant.now().getEpochSecond());
        return "t=" + timestamp + ",v1=" + HexFormat.of().formatHex(new HmacSha256(key)
                .of((timestamp + ".").getBytes(StandardCharsets.UTF_8), body));
    }

    /** X-Cal-Signature-256 for the body, with {@code secret}. */
    static String calComSignature(String secret, byte[] body) {
        return HexFormat.of().formatHex(new HmacSha256(secret).of(body));
    }
}
