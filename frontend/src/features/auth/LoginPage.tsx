import { Alert, Anchor, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link, Navigate, useLocation, useNavigate } from 'react-router-dom';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useAuth } from './AuthContext';
import { AuthFrame } from './AuthFrame';

export function LoginPage() {
  const { credentials, sessionExpired, signedOut, logoutUnconfirmed, login } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from ?? '/dashboard';
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);

  if (credentials && !pending) return <Navigate to={from} replace />;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setPending(true);
    try {
      await login(email, password);
      navigate(from, { replace: true });
    } catch (e) {
      setError(e);
    } finally {
      setPending(false);
    }
  }

  return (
    <AuthFrame title="Sign in">
      {sessionExpired && !error && (
        <Alert color="yellow" variant="light" role="status">
          Your session expired. Sign in again.{from !== '/dashboard' ? ' You will be back where you were.' : ''}
        </Alert>
      )}
      {signedOut && !error && (
        <Alert color={logoutUnconfirmed ? 'yellow' : 'green'} variant="light" role="status">
          {logoutUnconfirmed
            ? 'You are signed out in this tab, but the server did not answer: close the browser to be sure the session ends.'
            : 'You are signed out.'}
        </Alert>
      )}
      <ErrorAlert error={error} />
      <form onSubmit={onSubmit} aria-labelledby="auth-title" noValidate={false}>
        <Stack gap="sm">
          <TextInput
            label="Email"
            type="email"
            name="email"
            autoComplete="username"
            required
            withAsterisk={false}
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
          />
          <PasswordInput
            label="Password"
            name="password"
            autoComplete="current-password"
            required
            withAsterisk={false}
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
          />
          <Button type="submit" loading={pending} fullWidth mt="xs">
            Sign in
          </Button>
        </Stack>
      </form>
      <Text size="sm" ta="center">
        New to OpenSDR?{' '}
        <Anchor component={Link} to="/signup">
          Create an account
        </Anchor>
      </Text>
    </AuthFrame>
  );
}
