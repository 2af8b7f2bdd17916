import { Anchor, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { Link, Navigate, useNavigate } from 'react-router-dom';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ApiError } from '../../api/problem';
import { useAuth } from './AuthContext';
import { AuthFrame } from './AuthFrame';
import { fieldErrorsOf, passwordProblem, PASSWORD_MIN, PASSWORD_RULE, signUpSchema, zodErrors } from './authApi';

const FIELDS = ['name', 'email', 'password', 'workspaceName'] as const;

export function capitalised(message: string): string {
  return message.charAt(0).toUpperCase() + message.slice(1);
}

/**
 * Sign-up (`POST /api/auth/signup`): a new user who owns a new workspace, signed in to it and
 * taken to its dashboard. The password rule is shown before the user types, checked as they
 * type, and the server's field errors (RFC 9457 `errors`) land beside their fields.
 */
export function SignUpPage() {
  const { credentials, signUp } = useAuth();
  const navigate = useNavigate();
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);
  const form = useForm({
    mode: 'controlled',
    initialValues: { name: '', email: '', password: '', workspaceName: '' },
    validate: (values) => zodErrors(signUpSchema, values),
    validateInputOnBlur: true,
  });

  if (credentials && !form.submitting && !done) return <Navigate to="/dashboard" replace />;

  const password = form.values.password;
  const problem = password ? passwordProblem(password, form.values.email) : undefined;
  const length = [...password].length;

  const submit = form.onSubmit(async (values) => {
    setError(null);
    try {
      await signUp({
        name: values.name.trim(),
        email: values.email.trim(),
        password: values.password,
        workspaceName: values.workspaceName.trim(),
      });
      setDone(true);
      // The header names the new workspace; its dashboard says what to do first.
      navigate('/dashboard', { replace: true });
    } catch (e) {
      const byField = fieldErrorsOf(e, FIELDS);
      if (e instanceof ApiError && e.status === 409) {
        byField.email = e.problem.detail;
      }
      form.setErrors(Object.fromEntries(Object.entries(byField).map(([k, v]) => [k, capitalised(v)])));
      setError(e);
    }
  });

  return (
    <AuthFrame
      title="Create your account"
      intro="You get your own workspace, where you set campaigns up and invite your team."
    >
      <ErrorAlert error={error} shownFields={FIELDS} />
      <form onSubmit={submit} aria-labelledby="auth-title" noValidate>
        <Stack gap="sm">
          <TextInput label="Your name" autoComplete="name" required withAsterisk={false} {...form.getInputProps('name')} />
          <TextInput
            label="Work email"
            type="email"
            autoComplete="username"
            required
            withAsterisk={false}
            {...form.getInputProps('email')}
          />
          <PasswordInput
            label="Password"
            autoComplete="new-password"
            required
            withAsterisk={false}
            description={`${PASSWORD_RULE}${
              !password
                ? ''
                : problem
                  ? length < PASSWORD_MIN
                    ? ` ${length} of ${PASSWORD_MIN} characters so far.`
                    : ''
                  : ' ✓ Meets the minimum.'
            }`}
            {...form.getInputProps('password')}
          />
          <TextInput
            label="Workspace name"
            description="Your team or company; you can invite colleagues into it."
            autoComplete="organization"
            required
            withAsterisk={false}
            {...form.getInputProps('workspaceName')}
          />
          <Button type="submit" loading={form.submitting} fullWidth mt="xs">
            Create account
          </Button>
        </Stack>
      </form>
      <Text size="sm" ta="center">
        Already have an account?{' '}
        <Anchor component={Link} to="/login">
          Sign in
        </Anchor>
      </Text>
    </AuthFrame>
  );
}
