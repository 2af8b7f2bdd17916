package io.opensdr.campaign.web;

import io.opensdr.campaign.domain.Campaign;
import io.opensdr.campaign.domain.CampaignStatus;
import io.opensdr.campaign.domain.Dashboards;
import io.opensdr.campaign.domain.DashboardReader;
import io.opensdr.campaign.domain.FunnelStage;
import io.opensdr.campaign.domain.HotLead;
import io.opensdr.campaign.domain.Rates;
import io.opensdr.campaign.domain.Tallies;
import io.opensdr.campaign.domain.Tally;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The dashboard's and the tracker's responses, shaped for the SPA's screens: the metrics bar, the
 * three cards (campaign status, quick actions, engagement), hot-lead alerts, and the tracker's
 * per-day series and funnel. Every count is a number of prospects, except {@code emailsSent}
 * (emails: one per prospect and step); every rate is a share of the prospects contacted.
 */
final class DashboardViews {

    private DashboardViews() {
    }

    /** The four numbers of the dashboard's top bar; {@code responses} are human replies. */
    record MetricsBar(long prospectsFound, long qualified, long emailsSent, long responses) {
        static MetricsBar of(Tallies tallies) {
            return new MetricsBar(tallies.get(Tally.PROSPECTS_FOUND), tallies.get(Tally.QUALIFIED),
                    tallies.get(Tally.EMAILS_SENT), tallies.get(Tally.REPLIES));
        }
    }

    record CampaignCard(String id, String name, CampaignStatus status, int threshold, @Schema(nullable = true) Instant launchedAt,
                        Map<String, Long> counts, Rates rates) {
        static CampaignCard of(Campaign campaign, Tallies tallies) {
            return new CampaignCard(campaign.id(), campaign.settings().name(), campaign.status(),
                    campaign.settings().threshold(), campaign.launchedAt(), DashboardViews.counts(tallies), Rates.of(tallies));
        }
    }

    /** Card 1: how many campaigns are in each status, and each campaign's headline numbers. */
    record CampaignStatusCard(Map<CampaignStatus, Long> byStatus, List<CampaignCard> campaigns) {
    }

    /** Card 2: what wants the user's attention (the SPA links each to its screen). */
    record QuickActions(long prospectsInReview, long hotLeads, long pausedCampaigns, long draftCampaigns) {
    }

    record DayPoint(LocalDate day, Map<String, Long> counts) {
    }

    /** Card 3: the workspace's engagement, all time, with its rates and the last days' series. */
    record EngagementCard(Map<String, Long> counts, Rates rates, List<DayPoint> recentDays) {
    }

    record HotLeadView(String prospectId, String campaignId, @Schema(nullable = true) String campaignName, String name,
                       @Schema(nullable = true) String title, @Schema(nullable = true) String company, int score, Instant at) {
    }

    record WorkspaceDashboardView(long version, MetricsBar metricsBar, CampaignStatusCard campaignStatus,
                                  QuickActions quickActions, EngagementCard engagement, List<HotLeadView> hotLeads) {
    }

    record CampaignDashboardView(long version, CampaignCard campaign, MetricsBar metricsBar, List<FunnelStage> funnel,
                                 List<DayPoint> recentDays, List<HotLeadView> hotLeads) {
    }

    /**
     * One day of the tracker: the day's counts (net changes for qualified, inReview, rejected, hot
     * and meetingsBooked), and the running rates over [from, day].
     */
    record TrackerDay(LocalDate day, Map<String, Long> counts, Rates runningRates) {
    }

    record TrackerView(String campaignId, String campaignName, CampaignStatus status, LocalDate from, LocalDate to,
                       String timeZone, List<TrackerDay> days, Map<String, Long> rangeTotals, Rates rangeRates,
                       Map<String, Long> totals, Rates rates, List<FunnelStage> funnel) {
    }

    static WorkspaceDashboardView of(Dashboards.WorkspaceDashboard dashboard) {
        Tallies totals = dashboard.totals().tallies();
        Map<CampaignStatus, Long> byStatus = new EnumMap<>(CampaignStatus.class);
        for (CampaignStatus status : CampaignStatus.values()) {
            byStatus.put(status, 0L);
        }
        Map<String, String> names = new LinkedHashMap<>();
        List<CampaignCard> cards = new ArrayList<>();
        for (Dashboards.CampaignSummary summary : dashboard.campaigns()) {
            byStatus.merge(summary.campaign().status(), 1L, Long::sum);
            names.put(summary.campaign().id(), summary.campaign().settings().name());
            cards.add(CampaignCard.of(summary.campaign(), summary.totals().tallies()));
        }
        QuickActions actions = new QuickActions(totals.get(Tally.IN_REVIEW), totals.get(Tally.HOT),
                byStatus.get(CampaignStatus.PAUSED), byStatus.get(CampaignStatus.DRAFT));
        EngagementCard engagement = new EngagementCard(counts(totals), Rates.of(totals), points(dashboard.recentDays()));
        return new WorkspaceDashboardView(dashboard.totals().version(), MetricsBar.of(totals),
                new CampaignStatusCard(byStatus, cards), actions, engagement, hotLeads(dashboard.totals(), names));
    }

    static CampaignDashboardView of(Dashboards.CampaignDashboard dashboard) {
        Tallies totals = dashboard.totals().tallies();
        Campaign campaign = dashboard.campaign();
        return new CampaignDashboardView(dashboard.totals().version(), CampaignCard.of(campaign, totals),
                MetricsBar.of(totals), FunnelStage.of(totals), points(dashboard.recentDays()),
                hotLeads(dashboard.totals(), Map.of(campaign.id(), campaign.settings().name())));
    }

    static TrackerView of(Dashboards.Tracker tracker) {
        List<TrackerDay> days = new ArrayList<>();
        Tallies running = Tallies.NONE;
        for (Dashboards.DayTallies day : tracker.days()) {
            running = running.plus(day.tallies());
            days.add(new TrackerDay(day.day(), counts(day.tallies()), Rates.of(running)));
        }
        Campaign campaign = tracker.campaign();
        return new TrackerView(campaign.id(), campaign.settings().name(), campaign.status(), tracker.from(), tracker.to(),
                "UTC", days, counts(tracker.rangeTotals()), Rates.of(tracker.rangeTotals()), counts(tracker.allTime()),
                Rates.of(tracker.allTime()), FunnelStage.of(tracker.allTime()));
    }

    /** Every counter by its name, zeros included, so that the SPA never meets a missing key. */
    static Map<String, Long> counts(Tallies tallies) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Tally tally : Tally.values()) {
            counts.put(tally.key(), tallies.get(tally));
        }
        return counts;
    }

    private static List<DayPoint> points(List<Dashboards.DayTallies> days) {
        return days.stream().map(day -> new DayPoint(day.day(), counts(day.tallies()))).toList();
    }

    /** Newest first; a prospect that turned hot twice is shown once. */
    private static List<HotLeadView> hotLeads(DashboardReader.Totals totals, Map<String, String> campaignNames) {
        Set<String> seen = new HashSet<>();
        List<HotLeadView> leads = new ArrayList<>();
        for (HotLead lead : totals.hotLeads()) {
            if (seen.add(lead.prospectId())) {
                leads.add(new HotLeadView(lead.prospectId(), lead.campaignId(), campaignNames.get(lead.campaignId()),
                        lead.name(), lead.title(), lead.company(), lead.score(), lead.at()));
            }
        }
        return leads;
    }
}
