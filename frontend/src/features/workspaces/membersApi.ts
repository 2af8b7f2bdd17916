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
});
export type Invitation = z.infer<typeof invitationSchema>;

export const ROLE_LABELS: Record<Role, string> = { OWNER: 'Owner', MEMBER: 'Member' };

export const memberKeys = {
  of: (workspaceId: string) => ['workspaces', workspaceId, 'members'] as const,
};

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
    onSuccess: () => queryClient.invalidateQueries({ queryKey: memberKeys.of(workspaceId) }),
  });
}

/**
 * The link the invitee opens. Only the token is needed to accept; the workspace's name, the
 * address and the expiry ride along so the accept page can say what the invitation is before it
 * is used (the API has no endpoint that describes an invitation from its token yet).
 */
export function invitationLink(origin: string, invitation: Invitation, workspaceName: string | undefined): string {
  const params = new URLSearchParams({ token: invitation.token });
  if (workspaceName) params.set('workspace', workspaceName);
  params.set('email', invitation.email);
  params.set('expires', invitation.expiresAt);
  return `${origin}/invitations/accept?${params.toString()}`;
}
