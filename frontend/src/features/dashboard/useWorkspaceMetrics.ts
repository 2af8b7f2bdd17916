import { useQueries } from '@tanstack/react-query';
import { useApi } from '../../api/ApiContext';
import type { Campaign, Metrics } from '../../api/types';
import { campaignKeys, METRICS_POLL_MS } from '../campaigns/queries';

export interface CampaignMetrics {
  campaign: Campaign;
  metrics: Metrics | undefined;
}

/**
 * Each launched campaign's counts, refreshed every few seconds. Campaign-service's workspace
 * read model (GET /api/dashboard, being written) will replace these N calls with one.
 */
export function useCampaignsMetrics(campaigns: readonly Campaign[]) {
  const api = useApi();
  const launched = campaigns.filter((c) => c.status !== 'DRAFT');
  return useQueries({
    queries: launched.map((c) => ({
      queryKey: campaignKeys.metrics(c.id),
      queryFn: () => api.campaignMetrics(c.id),
      refetchInterval: METRICS_POLL_MS,
    })),
    combine: (results) => ({
      rows: launched.map((campaign, i): CampaignMetrics => ({ campaign, metrics: results[i]?.data })),
      error: results.find((r) => r.error)?.error ?? null,
      pending: results.some((r) => r.isPending),
    }),
  });
}
