package io.opensdr.campaign.web;

import io.opensdr.campaign.config.CampaignProperties;
import io.opensdr.campaign.domain.Campaign;
import io.opensdr.campaign.domain.Campaigns;
import io.opensdr.campaign.domain.IncompleteCampaignException;
import io.opensdr.campaign.domain.ProspectSource;
import io.opensdr.campaign.domain.SetupGap;
import io.opensdr.campaign.domain.TemplatePreview;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The 5-step setup of a DRAFT campaign, one step per request, each validated on its own: 1 name and
 * sector ({@code POST /api/campaigns}, or {@code PUT .../name-and-sector}), 2 target profile, 3 the
 * email template (then its preview and its approval), 4 meeting availability, 5 review
 * ({@code GET .../setup}) and launch ({@code POST .../launch}, refused with the list of what is
 * missing). Beside the steps, settings that may change until the campaign is over: prospecting
 * (source before launch, daily quota), sending window and sender, BANT ({@code PUT .../qualification}).
 */
@RestController
@RequestMapping("/api/campaigns/{id}")
public class CampaignSetupController {

    private final Campaigns campaigns;
    private final CampaignProperties.Sender defaultSender;

    public CampaignSetupController(Campaigns campaigns, CampaignProperties properties) {
        this.campaigns = campaigns;
        this.defaultSender = properties.sender();
    }

    /** Step 5: the campaign as it stands and what it still lacks before launch. */
    @GetMapping("/setup")
    public SetupView setup(@AuthenticationPrincipal SignedInUser user, @PathVariable String id) {
        CampaignView campaign = CampaignView.of(campaigns.get(user.caller(), id));
        return new SetupView(campaign.missing().isEmpty() && campaign.status() == io.opensdr.campaign.domain.CampaignStatus.DRAFT,
                campaign.missing(), campaign);
    }

    @PutMapping("/name-and-sector")
    public CampaignView nameAndSector(@AuthenticationPrincipal SignedInUser user, @PathVariable String id,
                                      @Valid @RequestBody CampaignRequests.NameAndSector request) {
        return CampaignView.of(campaigns.setUp(user.caller(), id,
                settings -> settings.withNameAndSector(request.name().strip(), request.sector().strip())));
    }

    @PutMapping("/target-profile")
    public CampaignView targetProfile(@AuthenticationPrincipal SignedInUser user, @PathVariable String id,
                                      @Valid @RequestBody CampaignRequests.Target request) {
        return CampaignView.of(campaigns.setUp(user.caller(), id, settings -> settings.withTargetProfile(request.toDomain())));
    }

    /** A changed template loses its approval; {@code approved} in this body is refused (approve it with .../approve). */
    @PutMapping("/email-template")
    public CampaignView emailTemplate(@AuthenticationPrincipal SignedInUser user, @PathVariable String id,
                                      @Valid @RequestBody CampaignRequests.Template request) {
        if (request.approved() != null) {
            throw new io.opensdr.campaign.domain.InvalidFieldException("approved",
                    "is not set here: approve the template with POST /api/campaigns/{id}/email-template/approve after its preview");
        }
        return CampaignView.of(campaigns.setUp(user.caller(), id, settings -> settings.withEmailTemplate(request.toDomain())));
    }

    /**
     * The template filled as outreach would fill it, for a real prospect of the campaign when one is
     * known, else for a realistic sample person.
     */
    @GetMapping("/email-template/preview")
    public TemplatePreview preview(@AuthenticationPrincipal SignedInUser user, @PathVariable String id) {
        Campaign campaign = campaigns.get(user.caller(), id);
        if (campaign.settings().emailTemplate() == null) {
            throw new IncompleteCampaignException(List.of(new SetupGap(3, "emailTemplate", "Write the email template")));
        }
        TemplatePreview.MergeSample person = campaigns.previewPerson(user.caller(), campaign);
        String senderName = campaign.settings().sender() == null ? defaultSender.fromName()
                : campaign.settings().sender().fromName();
        String link = campaign.settings().meeting() == null ? null : campaign.settings().meeting().schedulerLink();
        return TemplatePreview.of(campaign.settings().emailTemplate(), person, senderName, link);
    }

    /** Step 3's approval: launch is refused until the template, as it is, is approved. */
    @PostMapping("/email-template/approve")
    public CampaignView approveTemplate(@AuthenticationPrincipal SignedInUser user, @PathVariable String id) {
        return CampaignView.of(campaigns.approveTemplate(user.caller(), id));
    }

    @PutMapping("/meeting")
    public CampaignView meeting(@AuthenticationPrincipal SignedInUser user, @PathVariable String id,
                                @Valid @RequestBody CampaignRequests.Meeting request) {
        return CampaignView.of(campaigns.setUp(user.caller(), id, settings -> settings.withMeeting(request.toDomain())));
    }

    /** The source (before launch only) and the daily prospect quota (until the campaign is over). */
    @PutMapping("/prospecting")
    public CampaignView prospecting(@AuthenticationPrincipal SignedInUser user, @PathVariable String id,
                                    @Valid @RequestBody CampaignRequests.Prospecting request) {
        return CampaignView.of(campaigns.tune(user.caller(), id, settings -> settings.withProspecting(
                ProspectSource.valueOf(request.source()), request.dailyProspectQuota())));
    }

    /** The sending window and campaign cap, and the sender with its mailbox cap (null: the service's sender). */
    @PutMapping("/sending")
    public CampaignView sending(@AuthenticationPrincipal SignedInUser user, @PathVariable String id,
                                @Valid @RequestBody CampaignRequests.SendingAndSender request) {
        return CampaignView.of(campaigns.tune(user.caller(), id, settings -> settings.withSending(
                request.window().toDomain(), request.sender() == null ? null : request.sender().toDomain())));
    }

    /** Step 5 review: {@code launchable} when the DRAFT lacks nothing. */
    public record SetupView(boolean launchable, List<SetupGap> missing, CampaignView campaign) {
    }
}
