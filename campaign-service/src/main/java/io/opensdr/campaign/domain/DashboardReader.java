package io.opensdr.campaign.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Reads the pre-aggregated counters: every read is a fetch of a few documents by id (one per
 * scope, or one per day of a range), never a count over prospects.
 */
public interface DashboardReader {

    /** A scope's all-time counters, its latest hot-lead alerts (newest first) and its change version. */
    record Totals(Tallies tallies, List<HotLead> hotLeads, long version) {
        public static final Totals NONE = new Totals(Tallies.NONE, List.of(), 0);
    }

    Totals workspace(String workspaceId);

    /** The totals of each of these campaigns of the workspace (a campaign with no event yet is absent). */
    Map<String, Totals> campaigns(String workspaceId, Collection<String> campaignIds);

    /** The workspace's counters per day, for the days in [from, to] that have any. */
    Map<LocalDate, Tallies> workspaceDays(String workspaceId, LocalDate from, LocalDate to);

    /** The campaign's counters per day, for the days in [from, to] that have any. */
    Map<LocalDate, Tallies> campaignDays(String workspaceId, String campaignId, LocalDate from, LocalDate to);

    /** The change version of each of these workspaces' totals (absent: no event yet). */
    Map<String, Long> versions(Collection<String> workspaceIds);
}
