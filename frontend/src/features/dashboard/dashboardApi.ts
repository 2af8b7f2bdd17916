import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { z } from 'zod';
import { useApi } from '../../api/ApiContext';
import { ApiError } from '../../api/problem';

// campaign-service's DashboardViews (GET /api/dashboard), checked at the edge.
const rates = z.object({
  qualification: z.number().nullable(),
  delivery: z.number().nullable(),
  open: z.number().nullable(),
  click: z.number().nullable(),
  reply: z.number().nullable(),
  meeting: z.number().nullable(),
  bounce: z.number().nullable(),
  unsubscribe: z.number().nullable(),
});
const counts = z.record(z.string(), z.number());
const status = z.enum(['DRAFT', 'ACTIVE', 'PAUSED', 'STOPPED', 'COMPLETED']);

export const workspaceDashboardSchema = z.object({
  version: z.number(),
  metricsBar: z.object({
    prospectsFound: z.number(),
    qualified: z.number(),
    emailsSent: z.number(),
    responses: z.number(),
  }),
  campaignStatus: z.object({
    byStatus: z.record(z.string(), z.number()),
    campaigns: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        status,
        threshold: z.number(),
        launchedAt: z.string().nullable(),
        counts,
        rates,
      }),
    ),
  }),
  quickActions: z.object({
    prospectsInReview: z.number(),
    hotLeads: z.number(),
    pausedCampaigns: z.number(),
    draftCampaigns: z.number(),
  }),
  engagement: z.object({
    counts,
    rates,
    recentDays: z.array(z.object({ day: z.string(), counts })),
  }),
  hotLeads: z.array(
    z.object({
      prospectId: z.string(),
      campaignId: z.string(),
      campaignName: z.string().nullable(),
      name: z.string(),
      title: z.string().nullable(),
      company: z.string().nullable(),
      score: z.number(),
      at: z.string(),
    }),
  ),
});
export type WorkspaceDashboard = z.infer<typeof workspaceDashboardSchema>;

export const dashboardKeys = { all: ['dashboard'] as const };

/** Without the live stream (or between its events), the dashboard still refreshes this often. */
export const DASHBOARD_FALLBACK_POLL_MS = 30_000;

export function useWorkspaceDashboard() {
  const api = useApi();
  return useQuery({
    queryKey: dashboardKeys.all,
    queryFn: async () => {
      const parsed = workspaceDashboardSchema.safeParse(await api.request('GET', '/api/dashboard'));
      if (parsed.success) return parsed.data;
      throw new ApiError({
        type: 'about:blank',
        title: 'Unexpected answer',
        status: 502,
        detail: "The server's answer for the dashboard was not understood.",
      });
    },
    refetchInterval: DASHBOARD_FALLBACK_POLL_MS,
  });
}

/**
 * Live updates: campaign-service sends a `dashboard` event on GET /api/dashboard/stream whenever
 * the workspace's numbers change; each one refreshes the dashboard and campaign queries. The
 * browser's EventSource reconnects by itself; the cookie session authenticates it.
 */
export function useDashboardStream(enabled = true) {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!enabled || typeof EventSource === 'undefined') return undefined;
    const source = new EventSource('/api/dashboard/stream', { withCredentials: true });
    const refresh = () => {
      void queryClient.invalidateQueries({ queryKey: dashboardKeys.all });
      void queryClient.invalidateQueries({ queryKey: ['campaigns'] });
    };
    source.addEventListener('dashboard', refresh);
    return () => {
      source.removeEventListener('dashboard', refresh);
      source.close();
    };
  }, [enabled, queryClient]);
}

/** A share in [0, 1] as a whole percentage, or a dash when there is nothing to divide. */
export function percent(share: number | null | undefined): string {
  return share === null || share === undefined ? '—' : `${Math.round(share * 100)}%`;
}
