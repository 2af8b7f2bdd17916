package io.opensdr.campaign.domain;

import io.opensdr.kit.errors.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The dashboard and the performance tracker, read from the pre-aggregated counters of the caller's
 * workspace. Days are UTC days.
 */
@Service
public class Dashboards {

    /** The longest range the tracker answers, in days. */
    public static final int MAX_RANGE_DAYS = 366;
    /** The recent days shown on the dashboard's engagement card, today included. */
    public static final int RECENT_DAYS = 14;
    /** The default tracker range when none is given, today included. */
    public static final int DEFAULT_RANGE_DAYS = 30;

    private final DashboardReader reader;
    private final CampaignStore campaigns;
    private final Clock clock;

    public Dashboards(DashboardReader reader, CampaignStore campaigns, Clock clock) {
        this.reader = reader;
        this.campaigns = campaigns;
        this.clock = clock;
    }

    public record CampaignSummary(Campaign campaign, DashboardReader.Totals totals) {
    }

    public record DayTallies(LocalDate day, Tallies tallies) {
    }

    public record WorkspaceDashboard(DashboardReader.Totals totals, List<CampaignSummary> campaigns,
                                     List<DayTallies> recentDays) {
    }

    public record CampaignDashboard(Campaign campaign, DashboardReader.Totals totals, List<DayTallies> recentDays) {
    }

    public record Tracker(Campaign campaign, LocalDate from, LocalDate to, List<DayTallies> days, Tallies rangeTotals,
                          Tallies allTime) {
    }

    public WorkspaceDashboard workspace(Caller caller) {
        String workspaceId = caller.workspaceId();
        List<Campaign> list = campaigns.list(workspaceId);
        Map<String, DashboardReader.Totals> totals = reader.campaigns(workspaceId,
                list.stream().map(Campaign::id).collect(Collectors.toList()));
        List<CampaignSummary> summaries = list.stream()
                .map(campaign -> new CampaignSummary(campaign, totals.getOrDefault(campaign.id(), DashboardReader.Totals.NONE)))
                .toList();
        LocalDate today = today();
        LocalDate from = today.minusDays(RECENT_DAYS - 1);
        return new WorkspaceDashboard(reader.workspace(workspaceId), summaries,
                everyDay(from, today, reader.workspaceDays(workspaceId, from, today)));
    }

    public CampaignDashboard campaign(Caller caller, String campaignId) {
        Campaign campaign = find(caller, campaignId);
        LocalDate today = today();
        LocalDate from = today.minusDays(RECENT_DAYS - 1);
        return new CampaignDashboard(campaign, totals(caller, campaignId),
                everyDay(from, today, reader.campaignDays(caller.workspaceId(), campaignId, from, today)));
    }

    /** The campaign's daily counters over [from, to] (default: the last 30 days), and its all-time funnel counts. */
    public Tracker tracker(Caller caller, String campaignId, LocalDate from, LocalDate to) {
        Campaign campaign = find(caller, campaignId);
        LocalDate end = to != null ? to : today();
        LocalDate start = from != null ? from : end.minusDays(DEFAULT_RANGE_DAYS - 1);
        if (start.isAfter(end)) {
            throw new InvalidFieldException("from", "must not be after to (" + end + ")");
        }
        if (ChronoUnit.DAYS.between(start, end) + 1 > MAX_RANGE_DAYS) {
            throw new InvalidFieldException("to", "the range may span at most " + MAX_RANGE_DAYS + " days");
        }
        List<DayTallies> days = everyDay(start, end, reader.campaignDays(caller.workspaceId(), campaignId, start, end));
        Tallies inRange = days.stream().map(DayTallies::tallies).reduce(Tallies.NONE, Tallies::plus);
        return new Tracker(campaign, start, end, days, inRange, totals(caller, campaignId).tallies());
    }

    /** The campaign's metrics (the funnel counts), from the same counters. */
    public CampaignMetrics metrics(Caller caller, String campaignId) {
        find(caller, campaignId);
        return CampaignMetrics.of(totals(caller, campaignId).tallies());
    }

    private DashboardReader.Totals totals(Caller caller, String campaignId) {
        return reader.campaigns(caller.workspaceId(), List.of(campaignId))
                .getOrDefault(campaignId, DashboardReader.Totals.NONE);
    }

    private Campaign find(Caller caller, String campaignId) {
        return campaigns.find(caller.workspaceId(), campaignId)
                .orElseThrow(() -> new NotFoundException("Campaign", campaignId));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static List<DayTallies> everyDay(LocalDate from, LocalDate to, Map<LocalDate, Tallies> known) {
        List<DayTallies> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            days.add(new DayTallies(day, known.getOrDefault(day, Tallies.NONE)));
        }
        return days;
    }
}
