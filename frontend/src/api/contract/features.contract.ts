// The features' own API types (their zod schemas and request types, added this session by each
// feature's owner) checked against the types generated from campaign-service's OpenAPI document.
// See check.ts: a line that does not hold fails `tsc`.
import type { z } from 'zod';
import type { components, paths } from '../generated/campaign';
import type { AcceptInvitationRequest, SignUpRequest, sessionSchema } from '../../features/auth/authApi';
import type {
  CampaignAction,
  SenderBody,
  SendingWindowBody,
  TargetProfileBody,
  QualificationBody,
  campaignViewSchema,
  setupGapSchema,
  setupViewSchema,
  templatePreviewSchema,
} from '../../features/campaigns/campaignApi';
import type { bulkApprovalSchema, draftSchema, prospectSchema } from '../../features/review/reviewApi';
import type {
  invitationPreviewSchema,
  invitationSchema,
  memberSchema,
  pendingInvitationSchema,
  Role,
} from '../../features/workspaces/membersApi';
import type { Answer, OnlyKnownFields, Reads, RequestBody, Sends, UnknownFields } from './check';

type Schemas = components['schemas'];

// features/auth/authApi.ts
export type SignUpAnswer = Reads<z.infer<typeof sessionSchema>, Answer<paths, '/api/auth/signup', 'post'>>;
export type SignUpBody = Sends<RequestBody<paths, '/api/auth/signup', 'post'>, SignUpRequest>;
export type SignUpBodyFields = OnlyKnownFields<UnknownFields<SignUpRequest, Schemas['SignUp']>>;
export type AcceptInvitationAnswer = Reads<z.infer<typeof sessionSchema>, Answer<paths, '/api/invitations/accept', 'post'>>;
export type AcceptInvitationBody = Sends<RequestBody<paths, '/api/invitations/accept', 'post'>, AcceptInvitationRequest>;
export type AcceptInvitationBodyFields = OnlyKnownFields<UnknownFields<AcceptInvitationRequest, Schemas['AcceptInvitation']>>;

// features/campaigns/campaignApi.ts
export type CampaignViewAnswer = Reads<z.infer<typeof campaignViewSchema>, Answer<paths, '/api/campaigns/{id}', 'get'>>;
export type CreatedCampaignAnswer = Reads<z.infer<typeof campaignViewSchema>, Answer<paths, '/api/campaigns', 'post'>>;
export type SetupGapIsSetupGap = Reads<z.infer<typeof setupGapSchema>, Schemas['SetupGap']>;
export type SetupAnswer = Reads<z.infer<typeof setupViewSchema>, Answer<paths, '/api/campaigns/{id}/setup', 'get'>>;
/**
 * The document types sampleSource as a string (TemplatePreview is a domain record, without
 * OpenAPI annotations); the SPA narrows it to 'PROSPECT' | 'SAMPLE', compared here as a string.
 */
export type PreviewAnswer = Reads<
  Omit<z.infer<typeof templatePreviewSchema>, 'sampleSource'> & { sampleSource: string },
  Answer<paths, '/api/campaigns/{id}/email-template/preview', 'get'>
>;
export type ApproveTemplateAnswer = Reads<
  z.infer<typeof campaignViewSchema>,
  Answer<paths, '/api/campaigns/{id}/email-template/approve', 'post'>
>;
export type ActionAnswer = Reads<z.infer<typeof campaignViewSchema>, Answer<paths, `/api/campaigns/{id}/${CampaignAction}`, 'post'>>;
export type TargetProfileStep = Sends<RequestBody<paths, '/api/campaigns/{id}/target-profile', 'put'>, TargetProfileBody>;
export type TargetProfileStepFields = OnlyKnownFields<UnknownFields<TargetProfileBody, Schemas['TargetProfileRequest']>>;
export type QualificationStep = Sends<RequestBody<paths, '/api/campaigns/{id}/qualification', 'put'>, QualificationBody>;
export type QualificationStepFields = OnlyKnownFields<UnknownFields<QualificationBody, Schemas['QualificationRequest']>>;
export type SendingStep = Sends<
  RequestBody<paths, '/api/campaigns/{id}/sending', 'put'>,
  { window: SendingWindowBody; sender: SenderBody | null }
>;
export type SendingStepFields = OnlyKnownFields<
  UnknownFields<{ window: SendingWindowBody; sender: SenderBody | null }, Schemas['SendingAndSender']>
>;

// features/review/reviewApi.ts
export type ReviewDraftsAnswer = Reads<z.infer<typeof draftSchema>[], Answer<paths, '/api/drafts', 'get'>>;
export type ReviewApproveAnswer = Reads<z.infer<typeof draftSchema>, Answer<paths, '/api/drafts/{id}/approve', 'post'>>;
export type ReviewRejectAnswer = Reads<z.infer<typeof draftSchema>, Answer<paths, '/api/drafts/{id}/reject', 'post'>>;
export type ReviewRejectBody = Sends<RequestBody<paths, '/api/drafts/{id}/reject', 'post'>, { reason: string }>;
export type ReviewRejectBodyFields = OnlyKnownFields<UnknownFields<{ reason: string }, Schemas['Reject']>>;
type BulkApprovalRead = z.infer<typeof bulkApprovalSchema>;
/**
 * The document types each result as a string (DraftController.BulkApproval.Item.result); the SPA
 * narrows it to 'APPROVED' | 'REFUSED' | 'NOT_FOUND', compared here as a string.
 */
export type BulkApproveAnswer = Reads<
  Omit<BulkApprovalRead, 'results'> & {
    results: (Omit<BulkApprovalRead['results'][number], 'result'> & { result: string })[];
  },
  Answer<paths, '/api/drafts/bulk-approve', 'post'>
>;
export type BulkApproveBody = Sends<RequestBody<paths, '/api/drafts/bulk-approve', 'post'>, { ids: string[] }>;
export type ProspectAnswer = Reads<z.infer<typeof prospectSchema>, Answer<paths, '/api/prospects/{id}', 'get'>>;

// features/workspaces/membersApi.ts
export type MembersAnswer = Reads<z.infer<typeof memberSchema>[], Answer<paths, '/api/workspaces/{id}/members', 'get'>>;
export type InviteAnswer = Reads<z.infer<typeof invitationSchema>, Answer<paths, '/api/workspaces/{id}/invitations', 'post'>>;
export type InviteBody = Sends<RequestBody<paths, '/api/workspaces/{id}/invitations', 'post'>, { email: string; role: Role }>;
export type InviteBodyFields = OnlyKnownFields<UnknownFields<{ email: string; role: Role }, Schemas['Invite']>>;
export type PendingInvitationsAnswer = Reads<
  z.infer<typeof pendingInvitationSchema>[],
  Answer<paths, '/api/workspaces/{id}/invitations', 'get'>
>;
export type RevokeInvitationExists = Reads<void | undefined, Answer<paths, '/api/workspaces/{id}/invitations/{invitationId}', 'delete'>>;
export type ChangeRoleAnswer = Reads<z.infer<typeof memberSchema>, Answer<paths, '/api/workspaces/{id}/members/{userId}/role', 'put'>>;
export type ChangeRoleBody = Sends<RequestBody<paths, '/api/workspaces/{id}/members/{userId}/role', 'put'>, { role: Role }>;
export type ChangeRoleBodyFields = OnlyKnownFields<UnknownFields<{ role: Role }, Schemas['ChangeRole']>>;
export type RemoveMemberExists = Reads<void | undefined, Answer<paths, '/api/workspaces/{id}/members/{userId}', 'delete'>>;
export type InvitationPreviewAnswer = Reads<z.infer<typeof invitationPreviewSchema>, Answer<paths, '/api/invitations/preview', 'post'>>;
export type InvitationPreviewBody = Sends<RequestBody<paths, '/api/invitations/preview', 'post'>, { token: string }>;
export type InvitationPreviewBodyFields = OnlyKnownFields<UnknownFields<{ token: string }, Schemas['PreviewInvitation']>>;
