// The SPA's types of campaign-service's API (src/api/types.ts, the API client, the features'
// zod schemas) checked against the types generated from campaign-service's OpenAPI document.
// See check.ts: a line that does not hold fails `tsc`.
import type { z } from 'zod';
import type { SessionView } from '../client';
import type {
  ApproveDraft,
  Campaign,
  CampaignAction,
  CampaignStatus,
  CreateCampaign,
  Draft,
  DraftStatus,
  EmailTemplate,
  FieldProblem,
  Me,
  MeetingAvailability,
  Metrics,
  ProblemDetail,
  Recipient,
  TargetProfile,
} from '../types';
import type { components, paths } from '../generated/campaign';
import type { workspaceDashboardSchema } from '../../features/dashboard/dashboardApi';
import type { trackerSchema } from '../../features/tracker/trackerApi';
import type { workspaceSchema } from '../../features/workspaces/workspaces';
import type { Answer, OnlyKnownFields, Reads, RequestBody, Sends, UnknownFields } from './check';

type Schemas = components['schemas'];

// src/api/types.ts
export type CampaignIsCampaignView = Reads<Campaign, Schemas['CampaignView']>;
export type TargetProfileIsTarget = Reads<TargetProfile, Schemas['Target']>;
export type EmailTemplateIsTemplate = Reads<EmailTemplate, Schemas['Template']>;
export type MeetingAvailabilityIsMeeting = Reads<MeetingAvailability, Schemas['Meeting']>;
export type CampaignStatusIsTheServices = Reads<CampaignStatus, Schemas['CampaignView']['status']>;
export type CampaignStatusHasNoOtherValue = Reads<Schemas['CampaignView']['status'], CampaignStatus>;
export type MetricsIsMetricsView = Reads<Metrics, Schemas['MetricsView']>;
export type RecipientIsTheDraftsRecipient = Reads<Recipient, Schemas['Recipient']>;
export type DraftIsDraftView = Reads<Draft, Schemas['DraftView']>;
export type DraftStatusIsTheServices = Reads<DraftStatus, Schemas['DraftView']['status']>;
export type MeIsMe = Reads<Me, Schemas['Me']>;
export type FieldProblemIsFieldProblem = Reads<FieldProblem, Schemas['FieldProblem']>;
/** The SPA's ProblemDetail is the answer after readProblem, which fills a missing detail. */
export type ProblemDetailIsProblem = Reads<ProblemDetail, Schemas['Problem'] & { detail: string }>;
export type CreateCampaignIsAccepted = Sends<Schemas['CreateCampaign'], CreateCampaign>;
export type CreateCampaignIsAcceptedFields = OnlyKnownFields<UnknownFields<CreateCampaign, Schemas['CreateCampaign']>>;
export type ApproveDraftIsAccepted = Sends<Schemas['Approve'], ApproveDraft>;
export type ApproveDraftIsAcceptedFields = OnlyKnownFields<UnknownFields<ApproveDraft, Schemas['Approve']>>;

// The API client (src/api/client.ts): each call's path, method, body and answer.
export type LoginAnswer = Reads<SessionView, Answer<paths, '/api/auth/login', 'post'>>;
export type LoginBody = Sends<RequestBody<paths, '/api/auth/login', 'post'>, { email: string; password: string }>;
export type LoginBodyFields = OnlyKnownFields<UnknownFields<{ email: string; password: string }, RequestBody<paths, '/api/auth/login', 'post'>>>;
export type LogoutExists = Reads<void | undefined, Answer<paths, '/api/auth/logout', 'post'>>;
export type MeAnswer = Reads<Me, Answer<paths, '/api/me', 'get'>>;
export type ListCampaignsAnswer = Reads<Campaign[], Answer<paths, '/api/campaigns', 'get'>>;
export type CreateCampaignAnswer = Reads<Campaign, Answer<paths, '/api/campaigns', 'post'>>;
export type CreateCampaignBody = Sends<RequestBody<paths, '/api/campaigns', 'post'>, CreateCampaign>;
export type CreateCampaignBodyFields = OnlyKnownFields<UnknownFields<CreateCampaign, RequestBody<paths, '/api/campaigns', 'post'>>>;
/** `POST /api/campaigns/{id}/${action}` for every CampaignAction. */
export type CampaignActionAnswer = Reads<Campaign, Answer<paths, `/api/campaigns/{id}/${CampaignAction}`, 'post'>>;
export type CampaignMetricsAnswer = Reads<Metrics, Answer<paths, '/api/campaigns/{id}/metrics', 'get'>>;
export type ListDraftsAnswer = Reads<Draft[], Answer<paths, '/api/drafts', 'get'>>;
export type ListDraftsQuery = Sends<
  NonNullable<paths['/api/drafts']['get']['parameters']['query']>,
  { status?: DraftStatus; campaignId?: string }
>;
export type ListDraftsQueryFields = OnlyKnownFields<UnknownFields<{ status?: DraftStatus; campaignId?: string }, NonNullable<paths['/api/drafts']['get']['parameters']['query']>>>;
export type ApproveDraftAnswer = Reads<Draft, Answer<paths, '/api/drafts/{id}/approve', 'post'>>;
export type ApproveDraftBody = Sends<RequestBody<paths, '/api/drafts/{id}/approve', 'post'>, ApproveDraft>;
export type ApproveDraftBodyFields = OnlyKnownFields<UnknownFields<ApproveDraft, RequestBody<paths, '/api/drafts/{id}/approve', 'post'>>>;

// features/dashboard/dashboardApi.ts
export type WorkspaceDashboardAnswer = Reads<
  z.infer<typeof workspaceDashboardSchema>,
  Answer<paths, '/api/dashboard', 'get'>
>;

// features/tracker/trackerApi.ts
export type TrackerAnswer = Reads<z.infer<typeof trackerSchema>, Answer<paths, '/api/dashboard/campaigns/{id}/tracker', 'get'>>;
export type TrackerQuery = Sends<
  NonNullable<paths['/api/dashboard/campaigns/{id}/tracker']['get']['parameters']['query']>,
  { from: string; to: string }
>;
export type TrackerQueryFields = OnlyKnownFields<UnknownFields<{ from: string; to: string }, NonNullable<paths['/api/dashboard/campaigns/{id}/tracker']['get']['parameters']['query']>>>;

// features/workspaces/workspaces.ts
export type WorkspacesAnswer = Reads<z.infer<typeof workspaceSchema>[], Answer<paths, '/api/workspaces', 'get'>>;
export type SwitchWorkspaceAnswer = Reads<
  { workspaceId: string; workspaceName: string },
  Answer<paths, '/api/auth/switch-workspace', 'post'>
>;
export type SwitchWorkspaceBody = Sends<RequestBody<paths, '/api/auth/switch-workspace', 'post'>, { workspaceId: string }>;
export type SwitchWorkspaceBodyFields = OnlyKnownFields<UnknownFields<{ workspaceId: string }, RequestBody<paths, '/api/auth/switch-workspace', 'post'>>>;
