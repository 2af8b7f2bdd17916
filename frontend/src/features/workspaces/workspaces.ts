import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { useApi } from '../../api/ApiContext';
import { ApiError } from '../../api/problem';

// campaign-service's AuthViews.WorkspaceView and SessionView, checked at the edge: a shape
// the SPA does not expect becomes a readable error rather than a blank screen.
export const workspaceSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: z.enum(['OWNER', 'MEMBER']),
  current: z.boolean(),
});
export type Workspace = z.infer<typeof workspaceSchema>;

const sessionSchema = z
  .object({ workspaceId: z.string(), workspaceName: z.string() })
  .loose();

export const workspaceKeys = { all: ['workspaces'] as const };

function parsed<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new ApiError({
    type: 'about:blank',
    title: 'Unexpected answer',
    status: 502,
    detail: `The server's answer for ${what} was not understood.`,
  });
}

export function useWorkspaces() {
  const api = useApi();
  return useQuery({
    queryKey: workspaceKeys.all,
    queryFn: async () => parsed(z.array(workspaceSchema), await api.request('GET', '/api/workspaces'), 'the workspaces'),
    staleTime: 60_000,
  });
}

/** Switches the signed-in user's workspace; every cached answer belonged to the old one. */
export function useSwitchWorkspace() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (workspaceId: string) =>
      parsed(
        sessionSchema,
        await api.request('POST', '/api/auth/switch-workspace', { body: { workspaceId } }),
        'the workspace switch',
      ),
    onSuccess: () => queryClient.resetQueries(),
  });
}
