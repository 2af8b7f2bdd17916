import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { useApi } from '../../api/ApiContext';
import type { ApiClient } from '../../api/client';
import { ApiError } from '../../api/problem';

// campaign-service's DraftView (GET /api/drafts): the draft, its recipient, and the prospect's
// BANT breakdown (each criterion's score and reason) when campaign-service knows it, else null.
const criterion = z.object({ score: z.number(), reason: z.string().nullable() }).loose();

export const bantSchema = z
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
  .loose();

export const draftSchema = z
  .object({
    id: z.string(),
    campaignId: z.string(),
    prospectId: z.string(),
    recipient: z
      .object({
        firstName: z.string().nullable(),
        lastName: z.string().nullable(),
        email: z.string(),
        title: z.string().nullable(),
        companyName: z.string().nullable(),
      })
      .loose(),
    subject: z.string(),
    body: z.string(),
    bantScore: z.number(),
    status: z.enum(['PENDING', 'APPROVED', 'REJECTED']),
    createdAt: z.string(),
    bant: bantSchema.nullable().optional(),
  })
  .loose();

// DraftController.BulkApproval (POST /api/drafts/bulk-approve).
export const bulkApprovalSchema = z.object({
  approved: z.number(),
  results: z.array(
    z
      .object({
        id: z.string(),
        result: z.enum(['APPROVED', 'REFUSED', 'NOT_FOUND']),
        draft: draftSchema.nullable().optional(),
        detail: z.string().nullable().optional(),
      })
      .loose(),
  ),
});

// The part of campaign-service's ProspectView (GET /api/prospects/{id}) the review shows beside
// the draft: what the draft's recipient does not carry.
export const prospectSchema = z
  .object({
    id: z.string(),
    source: z.string().nullable().optional(),
    person: z
      .object({
        companyDomain: z.string().nullable().optional(),
        industry: z.string().nullable().optional(),
        timeZone: z.string().nullable().optional(),
      })
      .loose(),
  })
  .loose();

export type ReviewDraft = z.infer<typeof draftSchema>;
export type ReviewProspect = z.infer<typeof prospectSchema>;
export type Bant = z.infer<typeof bantSchema>;
export type BulkApproval = z.infer<typeof bulkApprovalSchema>;

/** The subject and body a reviewer wants sent instead of the drafted ones. */
export interface DraftEdit {
  subject: string;
  body: string;
}

/** DraftRequests.Approve / Reject / BulkApprove limits, checked before sending. */
export const SUBJECT_MAX = 200;
export const REASON_MAX = 1000;
export const BULK_MAX = 100;

export const draftKeys = {
  all: ['drafts'] as const,
  pending: (campaignId: string) => ['drafts', 'PENDING', campaignId] as const,
};

function unexpected(what: string): ApiError {
  return new ApiError({
    type: 'about:blank',
    title: 'Unexpected answer',
    status: 502,
    detail: `The server's answer ${what} was not understood.`,
  });
}

function parse<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw unexpected(what);
  return parsed.data;
}

export async function listPendingDrafts(api: ApiClient, campaignId: string): Promise<ReviewDraft[]> {
  const answer = await api.request('GET', '/api/drafts', { query: { status: 'PENDING', campaignId } });
  return parse(z.array(draftSchema), answer, 'for the review queue');
}

/**
 * Approves a draft: with the reviewer's edit, or without a body (sent as drafted). The service
 * approves once however often it is asked; an answer that is not an APPROVED draft is an error,
 * never shown as a success.
 */
export async function approveDraft(api: ApiClient, id: string, edit: DraftEdit | null): Promise<ReviewDraft> {
  const answer = await api.request('POST', `/api/drafts/${encodeURIComponent(id)}/approve`, {
    ...(edit ? { body: edit } : {}),
  });
  const draft = parse(draftSchema, answer, 'to the approval');
  if (draft.status !== 'APPROVED') throw unexpected('to the approval');
  return draft;
}

export async function rejectDraft(api: ApiClient, id: string, reason: string): Promise<ReviewDraft> {
  const answer = await api.request('POST', `/api/drafts/${encodeURIComponent(id)}/reject`, { body: { reason } });
  const draft = parse(draftSchema, answer, 'to the rejection');
  if (draft.status !== 'REJECTED') throw unexpected('to the rejection');
  return draft;
}

export async function bulkApprove(api: ApiClient, ids: string[]): Promise<BulkApproval> {
  const answer = await api.request('POST', '/api/drafts/bulk-approve', { body: { ids } });
  return parse(bulkApprovalSchema, answer, 'to the bulk approval');
}

export function usePendingDrafts(campaignId: string) {
  const api = useApi();
  return useQuery({
    queryKey: draftKeys.pending(campaignId),
    queryFn: () => listPendingDrafts(api, campaignId),
    enabled: campaignId !== '',
  });
}

/** The draft's prospect as campaign-service knows it (kept a few minutes: it does not change while reviewing). */
export function useReviewProspect(prospectId: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['review', 'prospect', prospectId],
    queryFn: async () =>
      parse(prospectSchema, await api.request('GET', `/api/prospects/${encodeURIComponent(prospectId)}`), 'for the prospect'),
    staleTime: 5 * 60_000,
  });
}

/** "Grace Hopper", or the address when the directory gave no name. */
export function recipientName(draft: ReviewDraft): string {
  const name = [draft.recipient.firstName, draft.recipient.lastName].filter(Boolean).join(' ').trim();
  return name || draft.recipient.email;
}
