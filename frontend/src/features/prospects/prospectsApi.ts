import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { useApi } from '../../api/ApiContext';
import type { ApiClient } from '../../api/client';
import { ApiError } from '../../api/problem';
import type { ProspectFilter } from './filters';

// Shapes of campaign-service's ProspectView / ProspectPage (GET /api/prospects, /api/review/prospects),
// CampaignView.qualification (GET /api/campaigns) and qualifier-service's ThresholdController.

export const PROSPECT_STATUSES = ['PENDING', 'QUALIFIED', 'REVIEW', 'REJECTED'] as const;
export const PROSPECT_SOURCES = ['DEMO', 'ROCKETREACH', 'CSV'] as const;
export type ProspectStatus = (typeof PROSPECT_STATUSES)[number];

const criterion = z.object({ score: z.number(), reason: z.string() });
export type Criterion = z.infer<typeof criterion>;

export const prospectSchema = z.object({
  id: z.string(),
  campaignId: z.string(),
  source: z.enum(PROSPECT_SOURCES),
  person: z
    .object({
      firstName: z.string().nullish(),
      lastName: z.string().nullish(),
      email: z.string().nullish(),
      title: z.string().nullish(),
      companyName: z.string().nullish(),
      companyDomain: z.string().nullish(),
      industry: z.string().nullish(),
      timeZone: z.string().nullish(),
    })
    .loose(),
  status: z.enum(PROSPECT_STATUSES),
  bant: z
    .object({
      score: z.number(),
      budget: criterion,
      authority: criterion,
      need: criterion,
      timeline: criterion,
      threshold: z.number(),
      decision: z.string(),
      hot: z.boolean(),
      contactable: z.boolean(),
    })
    .loose()
    .nullable(),
  review: z
    .object({
      decision: z.string(),
      reviewedBy: z.string().nullish(),
      reviewedAt: z.string().nullish(),
      reason: z.string().nullish(),
    })
    .loose()
    .nullable(),
  createdAt: z.string().nullish(),
}).loose();
export type Prospect = z.infer<typeof prospectSchema>;

export const prospectPageSchema = z.object({ items: z.array(prospectSchema), next: z.string().nullable() });
export type ProspectPage = z.infer<typeof prospectPageSchema>;

const weights = z.object({ budget: z.number(), authority: z.number(), need: z.number(), timeline: z.number() });
export type Weights = z.infer<typeof weights>;

const qualificationSchema = z.object({
  threshold: z.number(),
  reviewBand: z.number(),
  hotScore: z.number(),
  weights,
});
export type QualificationSettings = z.infer<typeof qualificationSchema>;

export const campaignSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    status: z.string(),
    qualification: qualificationSchema,
    revision: z.number().optional(),
  })
  .loose();
export type ProspectCampaign = z.infer<typeof campaignSchema>;

export const histogramSchema = z.object({
  campaignId: z.string(),
  threshold: z.number(),
  reviewBand: z.number(),
  hotScore: z.number(),
  total: z.number(),
  counts: z.array(z.number()).length(101),
});
export type ScoreHistogram = z.infer<typeof histogramSchema>;

export const previewSchema = z.object({
  campaignId: z.string(),
  threshold: z.number(),
  reviewBand: z.number(),
  qualified: z.number(),
  review: z.number(),
  rejected: z.number(),
  total: z.number(),
});
export type ThresholdPreview = z.infer<typeof previewSchema>;

/** Campaigns a prospect can belong to; over once stopped or completed (their BANT settings are then fixed). */
export function isOver(campaign: { status: string }): boolean {
  return campaign.status === 'STOPPED' || campaign.status === 'COMPLETED';
}

async function parsed<T>(schema: z.ZodType<T>, answer: Promise<unknown>, what: string): Promise<T> {
  const result = schema.safeParse(await answer);
  if (result.success) return result.data;
  throw new ApiError({
    type: 'about:blank',
    title: 'Unexpected answer',
    status: 502,
    detail: `The server's answer for ${what} was not understood.`,
  });
}

const enc = encodeURIComponent;

export const prospectKeys = {
  all: ['prospects'] as const,
  campaigns: ['prospects', 'campaigns'] as const,
  page: (filter: ProspectFilter) => ['prospects', 'page', filter] as const,
  one: (id: string) => ['prospects', 'one', id] as const,
  review: (campaignId: string | null, after: string | null) => ['prospects', 'review', campaignId, after] as const,
  histogram: (campaignId: string) => ['prospects', 'histogram', campaignId] as const,
  preview: (campaignId: string, threshold: number) => ['prospects', 'preview', campaignId, threshold] as const,
};

/** The workspace's campaigns with their BANT settings (the list is small: one per campaign). */
export function useProspectCampaigns() {
  const api = useApi();
  return useQuery({
    queryKey: prospectKeys.campaigns,
    queryFn: () => parsed(z.array(campaignSchema), api.request('GET', '/api/campaigns'), 'the campaigns'),
  });
}

/** Requests one page may take when the API answers short pages (see {@link fillPage}). */
export const MAX_SEARCH_REQUESTS = 10;

/**
 * The API searches a fixed number of prospects per request, so a rare filter can answer a short
 * page, even an empty one, with a `next` that goes on searching. This follows `next`, asking each
 * time for what is still missing, until the page is full, the list ends, or after
 * {@link MAX_SEARCH_REQUESTS} requests (the page then ends with a `next` to search on).
 */
export async function fillPage(
  fetchPage: (after: string | null, limit: number) => Promise<ProspectPage>,
  after: string | null,
  limit: number,
): Promise<ProspectPage> {
  let page = await fetchPage(after, limit);
  const items = [...page.items];
  for (let requests = 1; items.length < limit && page.next && requests < MAX_SEARCH_REQUESTS; requests++) {
    page = await fetchPage(page.next, limit - items.length);
    items.push(...page.items);
  }
  return { items, next: page.next };
}

export function useProspectPage(filter: ProspectFilter) {
  const api = useApi();
  return useQuery({
    queryKey: prospectKeys.page(filter),
    queryFn: () =>
      fillPage(
        (after, limit) =>
          parsed(
            prospectPageSchema,
            api.request('GET', '/api/prospects', {
              query: {
                campaignId: filter.campaignId ?? undefined,
                status: filter.status ?? undefined,
                minScore: filter.minScore === null ? undefined : String(filter.minScore),
                maxScore: filter.maxScore === null ? undefined : String(filter.maxScore),
                hot: filter.hot === null ? undefined : String(filter.hot),
                source: filter.source ?? undefined,
                after: after ?? undefined,
                limit: String(limit),
              },
            }),
            'the prospects',
          ),
        filter.after,
        filter.limit,
      ),
    placeholderData: keepPreviousData,
  });
}

export function useProspect(id: string) {
  const api = useApi();
  return useQuery({
    queryKey: prospectKeys.one(id),
    queryFn: () => fetchProspect(api, id),
  });
}

function fetchProspect(api: ApiClient, id: string): Promise<Prospect> {
  return parsed(prospectSchema, api.request('GET', `/api/prospects/${enc(id)}`), 'the prospect');
}

export const REVIEW_PAGE_SIZE = 20;

export function useReviewBand(campaignId: string | null, after: string | null) {
  const api = useApi();
  return useQuery({
    queryKey: prospectKeys.review(campaignId, after),
    queryFn: () =>
      fillPage(
        (from, limit) =>
          parsed(
            prospectPageSchema,
            api.request('GET', '/api/review/prospects', {
              query: { campaignId: campaignId ?? undefined, after: from ?? undefined, limit: String(limit) },
            }),
            'the review band',
          ),
        after,
        REVIEW_PAGE_SIZE,
      ),
    placeholderData: keepPreviousData,
  });
}

export type ReviewAction = 'qualify' | 'reject';

export interface ReviewOutcome {
  /** The prospect as it now stands. */
  prospect: Prospect;
}

/**
 * Someone's decision on a prospect of the review band. The caller removes the prospect from the
 * band at once (optimistic) and puts it back if the decision fails for a reason the user can fix;
 * a 409 because the prospect was decided meanwhile (by someone else, or by a new threshold) is
 * told apart by reading the prospect again: it is no longer waiting for review.
 */
export function useReviewDecision() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, action, reason }: { id: string; action: ReviewAction; reason: string }) => {
      const body = reason.trim() ? { reason: reason.trim() } : {};
      return parsed(
        prospectSchema,
        api.request('POST', `/api/review/prospects/${enc(id)}/${action}`, { body }),
        'the decision',
      );
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: ['prospects', 'page'] });
      void queryClient.invalidateQueries({ queryKey: ['prospects', 'one'] });
      void queryClient.invalidateQueries({ queryKey: ['dashboard'] });
    },
  });
}

/** Reads the prospect again after a refused decision: undefined when that fails too. */
export function useProspectReader() {
  const api = useApi();
  return (id: string) => fetchProspect(api, id).catch(() => undefined);
}

export function useScoreHistogram(campaignId: string | null) {
  const api = useApi();
  return useQuery({
    queryKey: prospectKeys.histogram(campaignId ?? ''),
    enabled: campaignId !== null,
    queryFn: () =>
      parsed(
        histogramSchema,
        api.request('GET', `/api/qualifier/campaigns/${enc(campaignId ?? '')}/score-histogram`),
        'the score histogram',
      ),
    // New prospects keep arriving while a campaign runs.
    refetchInterval: 15_000,
  });
}

/** The qualifier's own count at one threshold (the slider asks once it rests on a value). */
export function useThresholdPreview(campaignId: string | null, threshold: number | null, reviewBand: number | null) {
  const api = useApi();
  return useQuery({
    queryKey: [...prospectKeys.preview(campaignId ?? '', threshold ?? -1), reviewBand],
    enabled: campaignId !== null && threshold !== null,
    queryFn: () =>
      parsed(
        previewSchema,
        api.request('GET', `/api/qualifier/campaigns/${enc(campaignId ?? '')}/threshold-preview`, {
          query: { threshold: String(threshold), reviewBand: reviewBand === null ? undefined : String(reviewBand) },
        }),
        'the threshold preview',
      ),
    staleTime: 10_000,
  });
}

/**
 * The PUT body for a new threshold: `PUT /api/campaigns/{id}/qualification` replaces every BANT
 * setting (a field left out takes its default), so the others are sent as they are; the hot
 * score rises to the threshold when it would fall below it (the service refuses that).
 */
export function qualificationWithThreshold(current: QualificationSettings, threshold: number): QualificationSettings {
  return { ...current, threshold, hotScore: Math.max(current.hotScore, threshold) };
}

export function useApplyThreshold(campaignId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ current, threshold }: { current: QualificationSettings; threshold: number }) =>
      parsed(
        campaignSchema,
        api.request('PUT', `/api/campaigns/${enc(campaignId)}/qualification`, {
          body: qualificationWithThreshold(current, threshold),
        }),
        'the campaign',
      ),
    onSuccess: (updated) => {
      queryClient.setQueryData<ProspectCampaign[]>(prospectKeys.campaigns, (list) =>
        list?.map((c) => (c.id === updated.id ? updated : c)),
      );
      void queryClient.invalidateQueries({ queryKey: ['campaigns'] });
      void queryClient.invalidateQueries({ queryKey: ['prospects'] });
    },
  });
}
