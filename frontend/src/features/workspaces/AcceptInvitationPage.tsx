import { Alert, Anchor, Button, PasswordInput, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { z } from 'zod';
import { ApiError } from '../../api/problem';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useAuth, WrongCredentialsError } from '../auth/AuthContext';
import { AuthFrame } from '../auth/AuthFrame';
import { fieldErrorsOf, passwordProblem, PASSWORD_RULE, zodErrors } from '../auth/authApi';
import { capitalised } from '../auth/SignUpPage';
import { formatWhen } from './MembersPage';

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

/** A problem that means the invitation itself cannot be used (unknown, expired or used). */
function isInvalidInvitation(error: unknown): boolean {
  return error instanceof ApiError && error.status === 400 && (error.problem.errors ?? []).length === 0;
}

/**
 * Accepting an invitation (`POST /api/invitations/accept`) from the link an owner sent: a new
 * user creates an account (name and password), someone with an account gives its password;
 * either way they join the workspace, signed in to it, and land on its dashboard.
 */
export function AcceptInvitationPage() {
  const [params] = useSearchParams();
  const token = params.get('token')?.trim() ?? '';
  const workspace = params.get('workspace')?.trim() || undefined;
  const email = params.get('email')?.trim() || undefined;
  const expires = params.get('expires') ?? undefined;
  const expired = expires !== undefined && !Number.isNaN(Date.parse(expires)) && Date.parse(expires) <= Date.now();
  const { credentials, acceptInvitation } = useAuth();
  const navigate = useNavigate();
  const [mode, setModeState] = useState<Mode>('new');
  const modeRef = useRef<Mode>('new');
  const setMode = (next: Mode) => {
    modeRef.current = next;
    setModeState(next);
  };
  const [error, setError] = useState<unknown>(null);
  const form = useForm({
    mode: 'controlled',
    initialValues: { name: '', password: '' },
    validate: (values) => zodErrors(schemaFor(modeRef.current, email ?? ''), values),
  });

  const title = workspace ? `Join ${workspace}` : 'Join a workspace';
  const intro = (
    <>
      You are invited to join {workspace ? <strong>{workspace}</strong> : 'a workspace'} on OpenSDR
      {email ? (
        <>
          {' '}
          as <strong>{email}</strong>
        </>
      ) : null}
      {expires && !expired ? `; the invitation is valid until ${formatWhen(expires)}` : ''}.
    </>
  );

  if (!token || expired) {
    return (
      <AuthFrame title={title}>
        <Alert color="red" variant="light" role="alert" title={expired ? 'This invitation has expired' : 'This link is incomplete'}>
          {expired
            ? `It could be accepted until ${formatWhen(expires ?? '')}. Ask the owner of ${workspace ?? 'the workspace'} for a new invitation.`
            : 'It has no invitation token. Open the whole link you were sent, or ask the workspace owner for a new one.'}
        </Alert>
        <SignInInstead />
      </AuthFrame>
    );
  }

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
          // The address has an account already: it joins with that account's password.
          setMode('existing');
          form.setErrors({ password: `${email ?? 'This address'} already has an OpenSDR account: enter its password.` });
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
    <AuthFrame title={title} intro={intro}>
      {credentials && (
        <Alert color="yellow" variant="light" title={`You are signed in as ${credentials.email}`}>
          Accepting signs you in as {email ?? 'the invited address'} instead.
        </Alert>
      )}
      {invalid ? (
        <Alert color="red" variant="light" role="alert" title="This invitation can no longer be used">
          It has expired, has already been used, or the link is not the whole one. Ask the owner of{' '}
          {workspace ?? 'the workspace'} for a new invitation.
        </Alert>
      ) : (
        <ErrorAlert error={error} shownFields={['name', 'password']} />
      )}
      <form onSubmit={submit} noValidate aria-labelledby="auth-title">
        <Stack gap="sm">
          <SegmentedControl
            aria-label="Your account"
            fullWidth
            value={mode}
            onChange={(value) => {
              setMode(value as Mode);
              form.clearErrors();
            }}
            data={[
              { value: 'new', label: 'I am new to OpenSDR' },
              { value: 'existing', label: 'I have an account' },
            ]}
          />
          {mode === 'new' && <TextInput label="Your name" autoComplete="name" required withAsterisk={false} {...form.getInputProps('name')} />}
          <PasswordInput
            label={mode === 'new' ? 'Choose a password' : 'Your password'}
            autoComplete={mode === 'new' ? 'new-password' : 'current-password'}
            description={mode === 'new' ? PASSWORD_RULE : `The password of your account${email ? ` ${email}` : ''}.`}
            required
            withAsterisk={false}
            {...form.getInputProps('password')}
          />
          <Button type="submit" loading={form.submitting} fullWidth mt="xs" disabled={invalid}>
            {workspace ? `Join ${workspace}` : 'Join the workspace'}
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
