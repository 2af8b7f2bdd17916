package io.opensdr.campaign.web;

import io.opensdr.campaign.domain.Campaign;
import io.opensdr.campaign.domain.CampaignAction;
import io.opensdr.campaign.domain.CampaignSettings;
import io.opensdr.campaign.domain.Campaigns;
import io.opensdr.campaign.domain.Dashboards;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's workspace's campaigns: create, read, move through the lifecycle, change BANT settings, and their metrics. */
@RestController
@RequestMapping("/api/campaigns")
public class CampaignController {

    private final Campaigns campaigns;
    private final Dashboards dashboards;

    public CampaignController(Campaigns campaigns, Dashboards dashboards) {
        this.campaigns = campaigns;
        this.dashboards = dashboards;
    }

    @GetMapping
    public List<CampaignView> list(@AuthenticationPrincipal SignedInUser user) {
        return campaigns.list(user.caller()).stream().map(CampaignView::of).toList();
    }

    @PostMapping
    public ResponseEntity<CampaignView> create(@AuthenticationPrincipal SignedInUser user,
                                               @Valid @RequestBody CampaignRequests.CreateCampaign request) {
        Campaign campaign = campaigns.create(user.caller(), request.toSettings(), request.templateApproved());
        return ResponseEntity.created(URI.create("/api/campaigns/" + campaign.id())).body(CampaignView.of(campaign));
    }

    @GetMapping("/{id}")
    public CampaignView get(@AuthenticationPrincipal SignedInUser user, @PathVariable String id) {
        return CampaignView.of(campaigns.get(user.caller(), id));
    }

    @PostMapping("/{id}/launch")
    public CampaignView launch(@AuthenticationPrincipal SignedInUser user, @PathVariable String id) {
        return change(user, id, CampaignAction.LAUNCH);
    }

    @PostMapping("/{id}/pause")
    public CampaignView pause(@AuthenticationPrincipal SignedInUser user, @PathVariable String id) {
        return change(user, id, CampaignAction.PAUSE);
    }

    @PostMapping("/{id}/resume")
    public CampaignView resume(@AuthenticationPrincipal SignedInUser user, @PathVariable String id) {
        return change(user, id, CampaignAction.RESUME);
    }

    @PostMapping("/{id}/stop")
    public CampaignView stop(@AuthenticationPrincipal SignedInUser user, @PathVariable String id) {
        return change(user, id, CampaignAction.STOP);
    }

    /** Final, like stop: the user declares the campaign has run its course. */
    @PostMapping("/{id}/complete")
    public CampaignView complete(@AuthenticationPrincipal SignedInUser user, @PathVariable String id) {
        return change(user, id, CampaignAction.COMPLETE);
    }

    /**
     * One lifecycle action on several campaigns, each on its own (per item, not all-or-nothing):
     * every id gets its result, DONE with the campaign, REFUSED with why, or NOT_FOUND. Always 200
     * for a valid request; a duplicate id is acted on once.
     */
    @PostMapping("/bulk")
    public BulkView bulk(@AuthenticationPrincipal SignedInUser user, @Valid @RequestBody CampaignRequests.Bulk request) {
        return BulkView.of(campaigns.bulk(user.caller(), CampaignAction.valueOf(request.action()), request.ids()));
    }

    /** Replaces the BANT settings (left-out fields take their defaults); refused once the campaign is over. */
    @PutMapping("/{id}/qualification")
    public CampaignView requalify(@AuthenticationPrincipal SignedInUser user, @PathVariable String id,
                                  @Valid @RequestBody CampaignRequests.Qualification request) {
        return CampaignView.of(campaigns.requalify(user.caller(), id,
                request.toDomain(CampaignSettings.DEFAULT_THRESHOLD)));
    }

    @GetMapping("/{id}/metrics")
    public MetricsView metrics(@AuthenticationPrincipal SignedInUser user, @PathVariable String id) {
        return MetricsView.of(dashboards.metrics(user.caller(), id));
    }

    private CampaignView change(SignedInUser user, String id, CampaignAction action) {
        return CampaignView.of(campaigns.change(user.caller(), id, action));
    }
}
