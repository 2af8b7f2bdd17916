import { z } from 'zod';
import type { ApiClient } from '../../api/client';
import type { Credentials } from '../../api/credentials';
import { ApiError } from '../../api/problem';

// campaign-service's AuthViews.SessionView: what sign-up, login, refresh, switch-workspace and
// accepting an invitation answer (the tokens themselves are HttpOnly cookies, never in a body).
export const sessionSchema = z
  .object({
    userId: z.string(),
    email: z.string(),
    name: z.string().nullable().optional(),
    workspaceId: z.string(),
    workspaceName: z.string(),
    role: z.enum(['OWNER', 'MEMBER']),
    accessTokenExpiresAt: z.string().optional(),
  })
  .loose();
export type Session = z.infer<typeof sessionSchema>;

/** campaign-service's AuthRequests.SignUp. */
export interface SignUpRequest {
  email: string;
  password: string;
  name: string;
  workspaceName: string;
}

/** campaign-service's AuthRequests.AcceptInvitation (the name only for a new account). */
export interface AcceptInvitationRequest {
  token: string;
  password: string;
  name?: string;
}

export function parsed<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new ApiError({
    type: 'about:blank',
    title: 'Unexpected answer',
    status: 502,
    detail: `The server's answer for ${what} was not understood.`,
  });
}

export async function signUp(api: ApiClient, request: SignUpRequest): Promise<Session> {
  return parsed(sessionSchema, await api.request('POST', '/api/auth/signup', { body: request }), 'the sign-up');
}

export async function acceptInvitation(api: ApiClient, request: AcceptInvitationRequest): Promise<Session> {
  return parsed(
    sessionSchema,
    await api.request('POST', '/api/invitations/accept', { body: request }),
    'the invitation',
  );
}

/** Who the SPA remembers as signed in, from a session answer (no secret in it). */
export function credentialsOf(session: Session): Credentials {
  const credentials: Credentials = {
    email: session.email,
    userId: session.userId,
    workspaceId: session.workspaceId,
    workspaceName: session.workspaceName,
    role: session.role,
  };
  if (session.name) credentials.name = session.name;
  return credentials;
}

/**
 * campaign-service's PasswordPolicy, shown before the user types: 12 to 64 characters, not the
 * email address (nor its part before the @), not one character repeated. The list of common
 * passwords is the server's only: it answers with a field error the form shows.
 */
export const PASSWORD_RULE =
  'At least 12 characters (at most 64). Not your email address, not one character repeated, not a common password. A short sentence works well.';

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 64;

/** The first rule of the policy the password breaks, in the server's words; undefined when none. */
export function passwordProblem(password: string, email: string): string | undefined {
  if (!password) return 'must not be empty';
  const length = [...password].length;
  if (length < PASSWORD_MIN) return `must have at least ${PASSWORD_MIN} characters (${length} so far)`;
  if (password.length > PASSWORD_MAX || new TextEncoder().encode(password).length > 72) {
    return `must have at most ${PASSWORD_MAX} characters (72 bytes)`;
  }
  const lower = password.toLowerCase();
  const address = email.trim().toLowerCase();
  if (address) {
    const at = address.indexOf('@');
    const local = at > 0 ? address.slice(0, at) : address;
    if (lower === address || lower === local) return 'must not be your email address';
  }
  if (new Set(lower).size === 1) return 'must not repeat one character';
  return undefined;
}

/** A zod check's messages keyed by field path, the first per field (what Mantine's form shows). */
export function zodErrors(schema: z.ZodType, values: unknown): Record<string, string> {
  const result = schema.safeParse(values);
  if (result.success) return {};
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const path = issue.path.join('.');
    if (!(path in errors)) errors[path] = issue.message;
  }
  return errors;
}

/** The API problem's field errors for the form's own fields; the others stay for the alert. */
export function fieldErrorsOf(error: unknown, fields: readonly string[]): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const all = error.fieldErrors();
  return Object.fromEntries(Object.entries(all).filter(([field]) => fields.includes(field)));
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const signUpSchema = z
  .object({
    name: z.string().trim().min(1, 'Enter your name').max(100, 'At most 100 characters'),
    email: z
      .string()
      .trim()
      .min(1, 'Enter your work email')
      .max(254, 'At most 254 characters')
      .regex(EMAIL, 'Enter an email address such as ada@example.com'),
    password: z.string(),
    workspaceName: z.string().trim().min(1, 'Name your workspace (your team or company)').max(100, 'At most 100 characters'),
  })
  .superRefine((values, ctx) => {
    const problem = passwordProblem(values.password, values.email);
    if (problem) ctx.addIssue({ code: 'custom', path: ['password'], message: `The password ${problem}.` });
  });
