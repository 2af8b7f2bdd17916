import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { useApi } from '../../api/ApiContext';
import { ApiError } from '../../api/problem';

const rates = z.object({
  open: z.number().nullable(),
  click: z.number().nullable(),
  reply: z.number().nullable(),
  meeting: z.number().nullable(),
}).loose();
const counts = z.record(z.string(), z.number());

// campaign-service's DashboardViews.TrackerView (GET /api/dashboard/campaigns/{id}/tracker).
export const trackerSchema = z.object({
  campaignId: z.string(),
  campaignName: z.string(),
  from: z.string(),
  to: z.string(),
  timeZone: z.string(),
  days: z.array(z.object({ day: z.string(), counts, runningRates: rates })),
  rangeTotals: counts,
  rangeRates: rates,
  totals: counts,
  rates,
  funnel: z.array(z.object({ stage: z.string(), prospects: z.number(), fromPrevious: z.number().nullable() })),
});
export type Tracker = z.infer<typeof trackerSchema>;

export function useTracker(campaignId: string | null, days: number) {
  const api = useApi();
  return useQuery({
    queryKey: ['dashboard', 'tracker', campaignId, days],
    enabled: campaignId !== null,
    queryFn: async () => {
      const to = new Date();
      const from = new Date(to.getTime() - (days - 1) * 86_400_000);
      const iso = (d: Date) => d.toISOString().slice(0, 10);
      const parsed = trackerSchema.safeParse(
        await api.request('GET', `/api/dashboard/campaigns/${encodeURIComponent(campaignId ?? '')}/tracker`, {
          query: { from: iso(from), to: iso(to) },
        }),
      );
      if (parsed.success) return parsed.data;
      throw new ApiError({
        type: 'about:blank',
        title: 'Unexpected answer',
        status: 502,
        detail: "The server's answer for the tracker was not understood.",
      });
    },
    refetchInterval: 30_000,
  });
}
