import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useApi } from '../../api/ApiContext';
import type { Metrics } from '../../api/types';
import { campaignApi, type CampaignAction, type CampaignView } from './campaignApi';

export const campaignKeys = {
  all: ['campaigns'] as const,
  one: (id: string) => ['campaigns', id] as const,
  setup: (id: string) => ['campaigns', id, 'setup'] as const,
  preview: (id: string) => ['campaigns', id, 'preview'] as const,
  metrics: (id: string) => ['campaigns', id, 'metrics'] as const,
};

/** How often the campaign page refreshes its counts. */
export const METRICS_POLL_MS = 2000;

export function useCampaigns() {
  const api = useApi();
  return useQuery({ queryKey: campaignKeys.all, queryFn: () => campaignApi.list(api) });
}

/** One campaign, read on its own (a draft being set up changes step by step). */
export function useCampaign(id: string) {
  const api = useApi();
  return useQuery({ queryKey: campaignKeys.one(id), queryFn: () => campaignApi.get(api, id) });
}

export function useCampaignMetrics(id: string) {
  const api = useApi();
  return useQuery({
    queryKey: campaignKeys.metrics(id),
    queryFn: () => api.campaignMetrics(id) as Promise<Metrics>,
    refetchInterval: METRICS_POLL_MS,
  });
}

/** Every screen showing the campaign sees the answer of a change at once; the list is read again. */
export function storeCampaign(queryClient: QueryClient, campaign: CampaignView) {
  queryClient.setQueryData(campaignKeys.one(campaign.id), campaign);
  queryClient.setQueryData<CampaignView[]>(campaignKeys.all, (list) =>
    list ? (list.some((c) => c.id === campaign.id) ? list.map((c) => (c.id === campaign.id ? campaign : c)) : [...list, campaign]) : list,
  );
  void queryClient.invalidateQueries({ queryKey: campaignKeys.all, exact: true });
  void queryClient.invalidateQueries({ queryKey: campaignKeys.setup(campaign.id) });
}

export function useCampaignAction(id: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (action: CampaignAction) => campaignApi.change(api, id, action),
    onSuccess: (updated) => storeCampaign(queryClient, updated),
  });
}
