import type { Metrics } from '../../api/types';

export const ZERO_METRICS: Metrics = {
  prospectsFound: 0,
  qualified: 0,
  inReview: 0,
  rejected: 0,
  emailsDrafted: 0,
  emailsApproved: 0,
  emailsSent: 0,
  delivered: 0,
  humanOpens: 0,
  clicks: 0,
  replies: 0,
  bounces: 0,
  unsubscribes: 0,
  spamReports: 0,
  meetingsBooked: 0,
};

/** The workspace's counts: every campaign's added up. */
export function sumMetrics(all: readonly Metrics[]): Metrics {
  const total = { ...ZERO_METRICS };
  for (const m of all) {
    for (const key of Object.keys(total) as (keyof Metrics)[]) total[key] += m[key] ?? 0;
  }
  return total;
}

/** `part` as a whole percentage of `whole`, or null when there is nothing to divide. */
export function rate(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 100) : null;
}
