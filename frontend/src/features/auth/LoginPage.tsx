import { useState, type FormEvent } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { Field } from '../../components/Field';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useAuth } from './AuthContext';

export function LoginPage() {
  const { credentials, sessionExpired, login } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from ?? '/campaigns';
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
    <main className="login">
      <h1>OpenSDR</h1>
      <form className="card form" onSubmit={onSubmit} aria-labelledby="login-title">
        <h2 id="login-title">Sign in</h2>
        {sessionExpired && !error && (
          <p role="status" className="notice">
            Your session expired. Sign in again.
          </p>
        )}
        <ErrorAlert error={error} />
        <Field label="Email">
          {(p) => (
            <input
              {...p}
              type="email"
              name="email"
              autoComplete="username"
              required
              value={email}
              onChange={(e) => setEmail(e.target.value)}
            />
          )}
        </Field>
        <Field label="Password">
          {(p) => (
            <input
              {...p}
              type="password"
              name="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          )}
        </Field>
        <button type="submit" className="button button-primary" disabled={pending}>
          {pending ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}
