import { fireEvent, screen, waitFor } from '@testing-library/react';
import { notifications } from '@mantine/notifications';
import { afterEach, describe, expect, it } from 'vitest';
import { AppRoutes } from '../../App';
import { CredentialStore } from '../../api/credentials';
import { fakeFetch, json, problem, renderApp } from '../../test/harness';
import { aSession, anEmptyDashboard } from './authMothers';

function fill(values: Partial<Record<'Your name' | 'Work email' | 'Password' | 'Workspace name', string>>) {
  for (const [label, value] of Object.entries(values)) {
    fireEvent.change(screen.getByLabelText(label), { target: { value } });
  }
}

const GOOD = {
  'Your name': 'Ada Lovelace',
  'Work email': 'ada@example.com',
  Password: 'analytical engine 1843',
  'Workspace name': 'Acme',
};

function renderSignUp(routes: Parameters<typeof fakeFetch>[0] = {}) {
  const fake = fakeFetch({
    'GET /api/me': () => json(200, { email: 'ada@example.com', workspaceId: 'ws-9', workspaceName: 'Acme' }),
    'GET /api/workspaces': () => json(200, [{ id: 'ws-9', name: 'Acme', role: 'OWNER', current: true }]),
    'GET /api/dashboard': () => json(200, anEmptyDashboard()),
    ...routes,
  });
  const store = new CredentialStore(window.sessionStorage);
  const result = renderApp(<AppRoutes />, { fetch: fake.fetch, store, route: '/signup' });
  return { ...fake, ...result };
}

afterEach(() => notifications.clean());

describe('SignUpPage', () => {
  it('is linked from the sign-in page', async () => {
    renderApp(<AppRoutes />, { fetch: fakeFetch({}).fetch, store: new CredentialStore(null), route: '/login' });

    fireEvent.click(screen.getByRole('link', { name: 'Create an account' }));

    expect(await screen.findByRole('heading', { name: 'Create your account' })).toBeInTheDocument();
  });

  it('shows the password rule before anything is typed', () => {
    renderSignUp();

    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription(
      /At least 12 characters \(at most 64\)\. Not your email address, not one character repeated, not a common password/,
    );
  });

  it('creates the account and its workspace, signs in and lands on the new dashboard', async () => {
    const { calls, store } = renderSignUp({
      'POST /api/auth/signup': () => json(201, aSession({ workspaceId: 'ws-9', workspaceName: 'Acme' })),
    });

    fill(GOOD);
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription(/Meets the minimum/);
    fireEvent.click(screen.getByRole('button', { name: 'Create account' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Dashboard' })).toBeInTheDocument();
    expect(await screen.findByText('No campaign yet')).toBeInTheDocument();
    expect(screen.getByTestId('workspace-name')).toHaveTextContent('Acme');
    expect(calls.find((c) => c.url === '/api/auth/signup')).toMatchObject({
      method: 'POST',
      body: { name: 'Ada Lovelace', email: 'ada@example.com', password: 'analytical engine 1843', workspaceName: 'Acme' },
    });
    expect(store.get()).toMatchObject({ email: 'ada@example.com', workspaceId: 'ws-9', workspaceName: 'Acme', role: 'OWNER' });
    expect(JSON.stringify(window.sessionStorage)).not.toContain('analytical');
  });

  it('says what is missing or too weak, beside each field, and sends nothing', async () => {
    const { calls } = renderSignUp();

    fireEvent.click(screen.getByRole('button', { name: 'Create account' }));

    expect(await screen.findByText('Enter your name')).toBeInTheDocument();
    expect(screen.getByText('Enter your work email')).toBeInTheDocument();
    expect(screen.getByText('The password must not be empty.')).toBeInTheDocument();
    expect(screen.getByText('Name your workspace (your team or company)')).toBeInTheDocument();
    expect(screen.getByLabelText('Your name')).toHaveAttribute('aria-invalid', 'true');

    fill({ ...GOOD, Password: 'short' });
    fireEvent.click(screen.getByRole('button', { name: 'Create account' }));
    expect(await screen.findByText('The password must have at least 12 characters (5 so far).')).toBeInTheDocument();
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription(/5 of 12 characters so far/);

    fill({ 'Work email': 'ada.lovelace@example.com', Password: 'Ada.Lovelace' });
    fireEvent.click(screen.getByRole('button', { name: 'Create account' }));
    expect(await screen.findByText('The password must not be your email address.')).toBeInTheDocument();

    fill({ Password: 'aaaaaaaaaaaaaa' });
    fireEvent.click(screen.getByRole('button', { name: 'Create account' }));
    expect(await screen.findByText('The password must not repeat one character.')).toBeInTheDocument();

    fill({ 'Work email': 'not-an-email' });
    fireEvent.click(screen.getByRole('button', { name: 'Create account' }));
    expect(await screen.findByText('Enter an email address such as ada@example.com')).toBeInTheDocument();

    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);
  });

  it("puts the problem's field errors beside their fields (a common password)", async () => {
    const { store } = renderSignUp({
      'POST /api/auth/signup': () =>
        problem(400, 'The request is not valid.', {
          title: 'Invalid request',
          errors: [{ field: 'password', message: 'is too common; choose another one' }],
        }),
    });

    fill({ ...GOOD, Password: 'correcthorsebatterystaple' });
    fireEvent.click(screen.getByRole('button', { name: 'Create account' }));

    expect(await screen.findByText('Is too common; choose another one')).toBeInTheDocument();
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription(/Is too common; choose another one/);
    expect(screen.getByTestId('error-state')).toHaveTextContent('The request is not valid.');
    expect(screen.getByRole('heading', { name: 'Create your account' })).toBeInTheDocument();
    expect(store.get()).toBeNull();
  });

  it('says when the address already has an account, and offers to sign in', async () => {
    renderSignUp({
      'POST /api/auth/signup': () => problem(409, 'An account with this email exists; sign in instead.'),
    });

    fill(GOOD);
    fireEvent.click(screen.getByRole('button', { name: 'Create account' }));

    await waitFor(() =>
      expect(screen.getByLabelText('Work email')).toHaveAccessibleDescription(
        'An account with this email exists; sign in instead.',
      ),
    );
    expect(screen.getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/login');
  });

  it('says how long to wait when sign-ups from this address are rate-limited', async () => {
    renderSignUp({
      'POST /api/auth/signup': () =>
        new Response(JSON.stringify({ status: 429, title: 'Too Many Requests', detail: 'Too many requests; slow down.' }), {
          status: 429,
          headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '30' },
        }),
    });

    fill(GOOD);
    fireEvent.click(screen.getByRole('button', { name: 'Create account' }));

    const alert = await screen.findByTestId('error-state');
    expect(alert).toHaveTextContent('Too many attempts');
    expect(alert).toHaveTextContent('Too many requests; slow down.');
  });
});
