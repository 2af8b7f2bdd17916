import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { useApi } from '../../api/ApiContext';
import { parsed } from '../auth/authApi';

export const roleSchema = z.enum(['OWNER', 'MEMBER']);
export type Role = z.infer<typeof roleSchema>;

// campaign-service's AuthViews.MemberView (GET /api/workspaces/{id}/members).
export const memberSchema = z.object({
  userId: z.string(),
  email: z.string(),
  name: z.string().nullable().optional(),
  role: roleSchema,
});
export type Member = z.infer<typeof memberSchema>;

// campaign-service's AuthViews.InvitationView: the token is shown this once (only its hash is kept).
export const invitationSchema = z.object({
  id: z.string(),
  workspaceId: z.string(),
  email: z.string(),
  role: roleSchema,
  expiresAt: z.string(),
  token: z.string().min(1),
  // Whether campaign-service emailed it; if not, why (mail not configured, the server down...).
  emailed: z.boolean(),
  notEmailedReason: z.string().nullable(),
});
export type Invitation = z.infer<typeof invitationSchema>;

// campaign-service's AuthViews.PendingInvitationView (GET /api/workspaces/{id}/invitations): never the token.
export const pendingInvitationSchema = z.object({
  id: z.string(),
  email: z.string(),
  role: roleSchema,
  invitedByName: z.string().nullable(),
  invitedByEmail: z.string().nullable(),
  createdAt: z.string(),
  expiresAt: z.string(),
  emailed: z.boolean(),
});
export type PendingInvitation = z.infer<typeof pendingInvitationSchema>;

// campaign-service's AuthViews.InvitationPreviewView (POST /api/invitations/preview).
export const invitationPreviewSchema = z.object({
  workspaceName: z.string(),
  invitedByName: z.string().nullable(),
  invitedByEmail: z.string().nullable(),
  email: z.string(),
  role: roleSchema,
  expiresAt: z.string(),
  accountExists: z.boolean(),
});
export type InvitationPreview = z.infer<typeof invitationPreviewSchema>;

export const ROLE_LABELS: Record<Role, string> = { OWNER: 'Owner', MEMBER: 'Member' };

export const memberKeys = {
  of: (workspaceId: string) => ['workspaces', workspaceId, 'members'] as const,
  invitations: (workspaceId: string) => ['workspaces', workspaceId, 'invitations'] as const,
};

const workspacePath = (workspaceId: string) => `/api/workspaces/${encodeURIComponent(workspaceId)}`;

export function useMembers(workspaceId: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: memberKeys.of(workspaceId ?? ''),
    enabled: workspaceId !== undefined,
    queryFn: async () =>
      parsed(
        z.array(memberSchema),
        await api.request('GET', `/api/workspaces/${encodeURIComponent(workspaceId ?? '')}/members`),
        'the members',
      ),
  });
}

export function useInvite(workspaceId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (invite: { email: string; role: Role }) =>
      parsed(
        invitationSchema,
        await api.request('POST', `/api/workspaces/${encodeURIComponent(workspaceId)}/invitations`, { body: invite }),
        'the invitation',
      ),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: memberKeys.of(workspaceId) });
      void queryClient.invalidateQueries({ queryKey: memberKeys.invitations(workspaceId) });
    },
  });
}

/** The workspace's pending invitations (owners only: a member gets 403, so it is not asked). */
export function usePendingInvitations(workspaceId: string, enabled: boolean) {
  const api = useApi();
  return useQuery({
    queryKey: memberKeys.invitations(workspaceId),
    enabled,
    queryFn: async () =>
      parsed(
        z.array(pendingInvitationSchema),
        await api.request('GET', `${workspacePath(workspaceId)}/invitations`),
        'the pending invitations',
      ),
  });
}

export function useRevokeInvitation(workspaceId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (invitationId: string) => {
      await api.request('DELETE', `${workspacePath(workspaceId)}/invitations/${encodeURIComponent(invitationId)}`);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: memberKeys.invitations(workspaceId) }),
  });
}

export function useChangeRole(workspaceId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ userId, role }: { userId: string; role: Role }) =>
      parsed(
        memberSchema,
        await api.request('PUT', `${workspacePath(workspaceId)}/members/${encodeURIComponent(userId)}/role`, {
          body: { role },
        }),
        'the member',
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: memberKeys.of(workspaceId) }),
  });
}

/** Removes a member, or (their own id) leaves the workspace. */
export function useRemoveMember(workspaceId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (userId: string) => {
      await api.request('DELETE', `${workspacePath(workspaceId)}/members/${encodeURIComponent(userId)}`);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: memberKeys.of(workspaceId) }),
  });
}

/** What an invitation's link invites to; the token travels in the body, never in a URL. */
export async function previewInvitation(api: ReturnType<typeof useApi>, token: string): Promise<InvitationPreview> {
  return parsed(
    invitationPreviewSchema,
    await api.request('POST', '/api/invitations/preview', { body: { token } }),
    'the invitation',
  );
}

/**
 * The link the invitee opens: the accept page, with the token in the fragment, which browsers
 * never send to a server (no access log keeps it). The accept page asks the API what the
 * invitation is (`POST /api/invitations/preview`).
 */
export function invitationLink(origin: string, invitation: Pick<Invitation, 'token'>): string {
  return `${origin}/invitations/accept#token=${encodeURIComponent(invitation.token)}`;
}
