import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../api/ApiContext';
import type { Campaign, CampaignAction, CreateCampaign } from '../../api/types';

export const campaignKeys = {
  all: ['campaigns'] as const,
  metrics: (id: string) => ['campaigns', id, 'metrics'] as const,
};

/** How often the campaign page refreshes its counts. */
export const METRICS_POLL_MS = 2000;

export function useCampaigns() {
  const api = useApi();
  return useQuery({ queryKey: campaignKeys.all, queryFn: () => api.listCampaigns() });
}

/** One campaign, taken from the list (shares its cache with the list page). */
export function useCampaign(id: string) {
  const api = useApi();
  return useQuery({
    queryKey: campaignKeys.all,
    queryFn: () => api.listCampaigns(),
    select: (campaigns: Campaign[]) => campaigns.find((c) => c.id === id) ?? null,
  });
}

export function useCampaignMetrics(id: string) {
  const api = useApi();
  return useQuery({
    queryKey: campaignKeys.metrics(id),
    queryFn: () => api.campaignMetrics(id),
    refetchInterval: METRICS_POLL_MS,
  });
}

function replaceCampaign(list: Campaign[] | undefined, updated: Campaign): Campaign[] {
  if (!list) return [updated];
  const found = list.some((c) => c.id === updated.id);
  return found ? list.map((c) => (c.id === updated.id ? updated : c)) : [...list, updated];
}

export function useCreateCampaign() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (campaign: CreateCampaign) => api.createCampaign(campaign),
    onSuccess: (created) => {
      queryClient.setQueryData<Campaign[]>(campaignKeys.all, (list) =>
        replaceCampaign(list, created),
      );
      void queryClient.invalidateQueries({ queryKey: campaignKeys.all, exact: true });
    },
  });
}

export function useCampaignAction(id: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (action: CampaignAction) => api.changeCampaignStatus(id, action),
    onSuccess: (updated) => {
      queryClient.setQueryData<Campaign[]>(campaignKeys.all, (list) =>
        replaceCampaign(list, updated),
      );
    },
  });
}
