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

/** A period of UTC days, both ends included, as the tracker's `from` and `to` (yyyy-MM-dd). */
export interface DateRange {
  from: string;
  to: string;
}

/** The API answers at most this many days at once. */
export const MAX_RANGE_DAYS = 366;

const DAY_MS = 86_400_000;

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The last `days` UTC days, today included. */
export function lastDays(days: number, now: Date = new Date()): DateRange {
  return { from: isoDay(new Date(now.getTime() - (days - 1) * DAY_MS)), to: isoDay(now) };
}

/** Days in the range, both ends included (NaN for a date that does not parse). */
export function rangeLength(range: DateRange): number {
  return Math.round((Date.parse(`${range.to}T00:00:00Z`) - Date.parse(`${range.from}T00:00:00Z`)) / DAY_MS) + 1;
}

/** Why a chosen range cannot be asked for, per end; empty when it can. */
export function rangeProblems(range: DateRange, now: Date = new Date()): { from?: string; to?: string } {
  const day = /^\d{4}-\d{2}-\d{2}$/;
  const problems: { from?: string; to?: string } = {};
  if (!day.test(range.from) || Number.isNaN(Date.parse(range.from))) problems.from = 'Choose the first day';
  if (!day.test(range.to) || Number.isNaN(Date.parse(range.to))) problems.to = 'Choose the last day';
  if (problems.from || problems.to) return problems;
  if (range.to > isoDay(now)) problems.to = 'Must not be after today';
  else if (range.from > range.to) problems.from = 'Must be on or before the last day';
  else if (rangeLength(range) > MAX_RANGE_DAYS) problems.from = `At most ${MAX_RANGE_DAYS} days before the last day`;
  return problems;
}

export function useTracker(campaignId: string | null, range: DateRange | null) {
  const api = useApi();
  return useQuery({
    queryKey: ['dashboard', 'tracker', campaignId, range?.from, range?.to],
    enabled: campaignId !== null && range !== null,
    queryFn: async () => {
      const parsed = trackerSchema.safeParse(
        await api.request('GET', `/api/dashboard/campaigns/${encodeURIComponent(campaignId ?? '')}/tracker`, {
          query: { from: range?.from, to: range?.to },
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
