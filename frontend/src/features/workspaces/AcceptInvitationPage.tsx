import { Alert, Anchor, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { z } from 'zod';
import { useApi } from '../../api/ApiContext';
import { ApiError } from '../../api/problem';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ErrorState, LoadingState } from '../../components/states';
import { useAuth, WrongCredentialsError } from '../auth/AuthContext';
import { AuthFrame } from '../auth/AuthFrame';
import { fieldErrorsOf, passwordProblem, PASSWORD_RULE, zodErrors } from '../auth/authApi';
import { capitalised } from '../auth/SignUpPage';
import { formatWhen } from './MembersPage';
import { previewInvitation, ROLE_LABELS, type InvitationPreview } from './membersApi';

type Mode = 'new' | 'existing';

function schemaFor(mode: Mode, email: string) {
  return z
    .object({ name: z.string(), password: z.string() })
    .superRefine((values, ctx) => {
      if (mode === 'new') {
        if (!values.name.trim()) ctx.addIssue({ code: 'custom', path: ['name'], message: 'Enter your name' });
        if (values.name.trim().length > 100) ctx.addIssue({ code: 'custom', path: ['name'], message: 'At most 100 characters' });
        const problem = passwordProblem(values.password, email);
        if (problem) ctx.addIssue({ code: 'custom', path: ['password'], message: `The password ${problem}.` });
      } else if (!values.password) {
        ctx.addIssue({ code: 'custom', path: ['password'], message: 'Enter the password of your account' });
      }
    });
}

/** A problem that means the invitation itself cannot be used (unknown, expired, revoked or used). */
function isInvalidInvitation(error: unknown): boolean {
  return error instanceof ApiError && error.status === 400 && (error.problem.errors ?? []).length === 0;
}

/**
 * The invitation's token: in the link's fragment (`#token=…`, never sent to a server), or in its
 * query for links made before the fragment.
 */
function tokenOf(hash: string, params: URLSearchParams): string {
  const fragment = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
  return (fragment.get('token') ?? params.get('token') ?? '').trim();
}

/**
 * Accepting an invitation from the link an owner sent (or OpenSDR emailed): the page first asks the
 * API what the invitation is (`POST /api/invitations/preview`: the workspace, who invited, the role,
 * whether the address has an account), then a new user creates an account (name and password) and
 * someone with an account gives its password (`POST /api/invitations/accept`); either way they join
 * the workspace, signed in to it, and land on its dashboard.
 */
export function AcceptInvitationPage() {
  const [params] = useSearchParams();
  const location = useLocation();
  const token = tokenOf(location.hash, params);
  const api = useApi();
  const preview = useQuery({
    queryKey: ['invitation-preview', token],
    enabled: token !== '',
    retry: false,
    staleTime: Infinity,
    queryFn: () => previewInvitation(api, token),
  });

  if (!token) {
    return (
      <AuthFrame title="Join a workspace">
        <Alert color="red" variant="light" role="alert" title="This link is incomplete">
          It has no invitation token. Open the whole link you were sent, or ask the workspace owner for a new one.
        </Alert>
        <SignInInstead />
      </AuthFrame>
    );
  }
  if (preview.isPending) {
    return (
      <AuthFrame title="Join a workspace">
        <LoadingState label="Reading the invitation…" />
      </AuthFrame>
    );
  }
  if (preview.isError) {
    return (
      <AuthFrame title="Join a workspace">
        {isInvalidInvitation(preview.error) ? (
          <Alert color="red" variant="light" role="alert" title="This invitation can no longer be used">
            It has expired, was revoked or already used, or the link is not the whole one. Ask the workspace owner for a
            new invitation.
          </Alert>
        ) : (
          <ErrorState error={preview.error} onRetry={() => void preview.refetch()} />
        )}
        <SignInInstead />
      </AuthFrame>
    );
  }
  return <AcceptForm token={token} invitation={preview.data} />;
}

function AcceptForm({ token, invitation }: { token: string; invitation: InvitationPreview }) {
  const { credentials, acceptInvitation } = useAuth();
  const navigate = useNavigate();
  const initialMode: Mode = invitation.accountExists ? 'existing' : 'new';
  const [mode, setModeState] = useState<Mode>(initialMode);
  const modeRef = useRef<Mode>(initialMode);
  const setMode = (next: Mode) => {
    modeRef.current = next;
    setModeState(next);
  };
  const [error, setError] = useState<unknown>(null);
  const form = useForm({
    mode: 'controlled',
    initialValues: { name: '', password: '' },
    validate: (values) => zodErrors(schemaFor(modeRef.current, invitation.email), values),
  });
  const workspace = invitation.workspaceName;
  const inviter = invitation.invitedByName ?? invitation.invitedByEmail;

  const intro = (
    <>
      {inviter ? (
        <>
          <strong>{inviter}</strong>
          {invitation.invitedByName && invitation.invitedByEmail ? ` (${invitation.invitedByEmail})` : ''} invites you
        </>
      ) : (
        'You are invited'
      )}{' '}
      to join <strong>{workspace}</strong> on OpenSDR as {ROLE_LABELS[invitation.role].toLowerCase()}, with the address{' '}
      <strong>{invitation.email}</strong>; the invitation is valid until {formatWhen(invitation.expiresAt)}.
    </>
  );

  const submit = form.onSubmit(async (values) => {
    setError(null);
    try {
      await acceptInvitation({
        token,
        password: values.password,
        ...(mode === 'new' ? { name: values.name.trim() } : {}),
      });
      navigate('/dashboard', { replace: true });
    } catch (e) {
      if (e instanceof WrongCredentialsError) {
        if (mode === 'new') {
          // The address got an account meanwhile: it joins with that account's password.
          setMode('existing');
          form.setErrors({ password: `${invitation.email} already has an OpenSDR account: enter its password.` });
        } else {
          form.setErrors({ password: 'This is not the password of the account.' });
        }
        return;
      }
      const byField = fieldErrorsOf(e, ['name', 'password']);
      form.setErrors(Object.fromEntries(Object.entries(byField).map(([k, v]) => [k, capitalised(v)])));
      setError(e);
    }
  });

  const invalid = isInvalidInvitation(error);
  return (
    <AuthFrame title={`Join ${workspace}`} intro={intro}>
      {credentials && (
        <Alert color="yellow" variant="light" title={`You are signed in as ${credentials.email}`}>
          Accepting signs you in as {invitation.email} instead.
        </Alert>
      )}
      {invalid ? (
        <Alert color="red" variant="light" role="alert" title="This invitation can no longer be used">
          It has expired, was revoked or already used. Ask the owner of {workspace} for a new invitation.
        </Alert>
      ) : (
        <ErrorAlert error={error} shownFields={['name', 'password']} />
      )}
      <form onSubmit={submit} noValidate aria-labelledby="auth-title">
        <Stack gap="sm">
          <Text size="sm">
            {mode === 'new'
              ? `${invitation.email} has no OpenSDR account yet: choose your name and a password.`
              : `${invitation.email} already has an OpenSDR account: enter its password.`}
          </Text>
          {mode === 'new' && <TextInput label="Your name" autoComplete="name" required withAsterisk={false} {...form.getInputProps('name')} />}
          <PasswordInput
            label={mode === 'new' ? 'Choose a password' : 'Your password'}
            autoComplete={mode === 'new' ? 'new-password' : 'current-password'}
            description={mode === 'new' ? PASSWORD_RULE : `The password of your account ${invitation.email}.`}
            required
            withAsterisk={false}
            {...form.getInputProps('password')}
          />
          <Button type="submit" loading={form.submitting} fullWidth mt="xs" disabled={invalid}>
            Join {workspace}
          </Button>
        </Stack>
      </form>
      <SignInInstead />
    </AuthFrame>
  );
}

function SignInInstead() {
  return (
    <Text size="sm" ta="center">
      Not what you expected?{' '}
      <Anchor component={Link} to="/login">
        Go to sign in
      </Anchor>
    </Text>
  );
}
