package io.opensdr.campaign.web;

import io.opensdr.campaign.domain.Dashboards;
import io.opensdr.campaign.domain.InvalidFieldException;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The dashboard and the performance tracker of the caller's workspace, and their live stream.
 * Another workspace's campaign answers 404.
 */
@RestController
@RequestMapping("/api/dashboard")
public class DashboardController {

    private final Dashboards dashboards;
    private final DashboardStream stream;

    public DashboardController(Dashboards dashboards, DashboardStream stream) {
        this.dashboards = dashboards;
        this.stream = stream;
    }

    /** The dashboard screen: metrics bar, campaign status, quick actions, engagement, hot leads. */
    @GetMapping
    public DashboardViews.WorkspaceDashboardView workspace(@AuthenticationPrincipal SignedInUser user) {
        return DashboardViews.of(dashboards.workspace(user.caller()));
    }

    /** One campaign's card: its headline numbers, rates, funnel, last days and hot leads. */
    @GetMapping("/campaigns/{id}")
    public DashboardViews.CampaignDashboardView campaign(@AuthenticationPrincipal SignedInUser user, @PathVariable String id) {
        return DashboardViews.of(dashboards.campaign(user.caller(), id));
    }

    /**
     * The performance tracker: per-day series over [from, to] (ISO dates, UTC days; default the
     * last 30 days, at most 366), the range's totals, and the all-time funnel.
     */
    @GetMapping("/campaigns/{id}/tracker")
    public DashboardViews.TrackerView tracker(@AuthenticationPrincipal SignedInUser user, @PathVariable String id,
                                              @RequestParam(required = false) String from,
                                              @RequestParam(required = false) String to) {
        return DashboardViews.of(dashboards.tracker(user.caller(), id, date("from", from), date("to", to)));
    }

    /** Live updates: one {@code dashboard} event whenever the workspace's numbers change. */
    @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ApiResponse(responseCode = "200", description = "Server-sent events: a `dashboard` event whenever the numbers change.",
            content = @Content(mediaType = MediaType.TEXT_EVENT_STREAM_VALUE, schema = @Schema(type = "string")))
    public SseEmitter stream(@AuthenticationPrincipal SignedInUser user) {
        return stream.subscribe(user.caller().workspaceId());
    }

    private static LocalDate date(String field, String value) {
        if (value == null) {
            return null;
        }
        if (value.isBlank() || value.length() > 10) {
            throw new InvalidFieldException(field, "must be a date as yyyy-MM-dd");
        }
        try {
            LocalDate date = LocalDate.parse(value);
            if (date.getYear() < 2000 || date.getYear() > 9999) {
                throw new InvalidFieldException(field, "must be a date between 2000 and 9999");
            }
            return date;
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException(field, "must be a date as yyyy-MM-dd");
        }
    }
}
