import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AppRoutes } from '../../App';
import { CredentialStore } from '../../api/credentials';
import { fakeFetch, json, problem, renderApp } from '../../test/harness';
import { aSession, anEmptyDashboard } from './authMothers';

function signIn(email: string, password: string) {
  fireEvent.change(screen.getByLabelText('Email'), { target: { value: email } });
  fireEvent.change(screen.getByLabelText('Password'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

const SESSION = {
  userId: 'u-1',
  email: 'ada@example.com',
  name: 'Ada',
  workspaceId: 'w-1',
  workspaceName: 'Acme',
  role: 'OWNER',
  accessTokenExpiresAt: '2026-11-27T10:15:00Z',
};

describe('LoginPage', () => {
  it('sends a visitor to the login page and says when the password is wrong', async () => {
    const { fetch } = fakeFetch({ 'POST /api/auth/login': () => problem(401, 'Unauthorized') });
    const store = new CredentialStore(window.sessionStorage);
    renderApp(<AppRoutes />, { fetch, store, route: '/campaigns' });

    signIn('ada@example.com', 'wrong');

    expect(await screen.findByRole('alert')).toHaveTextContent('Wrong email or password.');
    expect(store.get()).toBeNull();
  });

  it('says how long to wait when sign-in is locked after repeated failures', async () => {
    const { fetch } = fakeFetch({
      'POST /api/auth/login': () =>
        new Response(
          JSON.stringify({
            type: 'about:blank',
            title: 'Too many failed sign-ins',
            status: 429,
            detail: 'Locked',
            retryAfterSeconds: 900,
          }),
          {
            status: 429,
            headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '900' },
          },
        ),
    });
    const store = new CredentialStore(window.sessionStorage);
    renderApp(<AppRoutes />, { fetch, store, route: '/login' });

    signIn('ada@example.com', 'wrong');

    expect(await screen.findByRole('alert')).toHaveTextContent(
      /Too many sign-in attempts\. Try again in 15 minutes \(at \d{1,2}:\d{2}( [AP]M)?\)\./,
    );
    expect(store.get()).toBeNull();
  });

  it('signs in with the cookie endpoint, keeps who signed in and shows the campaigns', async () => {
    const { fetch, calls } = fakeFetch({
      'POST /api/auth/login': () => json(200, SESSION),
      'POST /api/auth/logout': () => new Response(null, { status: 204 }),
      'GET /api/me': () => json(200, { email: 'ada@example.com', workspaceId: 'w-1', workspaceName: 'Acme' }),
      'GET /api/campaigns': () => json(200, []),
    });
    const store = new CredentialStore(window.sessionStorage);
    renderApp(<AppRoutes />, { fetch, store, route: '/campaigns' });

    signIn('ada@example.com', 'secret');

    expect(await screen.findByRole('heading', { name: 'Campaigns' })).toBeInTheDocument();
    expect(await screen.findByText(/No campaign yet/)).toBeInTheDocument();
    expect(store.get()).toMatchObject({ email: 'ada@example.com', workspaceName: 'Acme' });
    expect(calls[0]).toMatchObject({
      method: 'POST',
      url: '/api/auth/login',
      body: { email: 'ada@example.com', password: 'secret' },
    });
    const campaignsCall = calls.find((c) => c.url === '/api/campaigns');
    expect(campaignsCall?.headers).not.toHaveProperty('Authorization');
    expect(JSON.stringify(window.sessionStorage)).not.toContain('secret');

    fireEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    expect(calls.some((c) => c.method === 'POST' && c.url === '/api/auth/logout')).toBe(true);
    expect(store.get()).toBeNull();
    expect(window.sessionStorage.length).toBe(0);
    expect(screen.queryByText(/session expired/)).not.toBeInTheDocument();
  });

  it('shows the login with "your session expired" when the refresh is refused', async () => {
    const { fetch, calls } = fakeFetch({
      'GET /api/me': () => problem(401, 'Expired'),
      'GET /api/campaigns': () => problem(401, 'Expired'),
      'GET /api/workspaces': () => problem(401, 'Expired'),
      'POST /api/auth/refresh': () => problem(401, 'The session has ended'),
    });
    renderApp(<AppRoutes />, { fetch, route: '/campaigns' });

    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Your session expired. Sign in again.');
    expect(calls.some((c) => c.url === '/api/auth/refresh')).toBe(true);
  });

  it('takes the user back where they were after signing in again on an expired session', async () => {
    let signedIn = false;
    const { fetch } = fakeFetch({
      'GET /api/me': () => (signedIn ? json(200, { email: 'ada@example.com', workspaceId: 'w-1', workspaceName: 'Acme' }) : problem(401, 'Expired')),
      'GET /api/workspaces': () => (signedIn ? json(200, [{ id: 'w-1', name: 'Acme', role: 'OWNER', current: true }]) : problem(401, 'Expired')),
      'GET /api/campaigns': () => (signedIn ? json(200, []) : problem(401, 'Expired')),
      'POST /api/auth/refresh': () => problem(401, 'The session has ended'),
      'POST /api/auth/login': () => {
        signedIn = true;
        return json(200, SESSION);
      },
    });
    const store = new CredentialStore(window.sessionStorage);
    store.set({ email: 'ada@example.com' });
    renderApp(<AppRoutes />, { fetch, store, route: '/campaigns' });

    // The campaign list shows its own loading status first.
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(
      'Your session expired. Sign in again. You will be back where you were.',
    ));
    signIn('ada@example.com', 'secret');

    expect(await screen.findByRole('heading', { level: 1, name: 'Campaigns' })).toBeInTheDocument();
    expect(store.get()).toMatchObject({ email: 'ada@example.com', workspaceName: 'Acme' });
  });

  it('says the user is signed out, and the next sign-in starts on the dashboard', async () => {
    const { fetch, calls } = fakeFetch({
      'GET /api/me': () => json(200, { email: 'ada@example.com', workspaceId: 'w-1', workspaceName: 'Acme' }),
      'GET /api/workspaces': () => json(200, [{ id: 'w-1', name: 'Acme', role: 'OWNER', current: true }]),
      'GET /api/campaigns': () => json(200, []),
      'GET /api/dashboard': () => json(200, anEmptyDashboard()),
      'POST /api/auth/logout': () => new Response(null, { status: 204 }),
      'POST /api/auth/login': () => json(200, aSession({ email: 'grace@example.com', userId: 'u-2' })),
    });
    const store = new CredentialStore(window.sessionStorage);
    store.set({ email: 'ada@example.com' });
    renderApp(<AppRoutes />, { fetch, store, route: '/campaigns' });

    fireEvent.click(await screen.findByRole('button', { name: 'Sign out' }));

    // The campaign list shows its own loading status first.
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('You are signed out.'));
    expect(calls.filter((c) => c.url === '/api/auth/logout')).toHaveLength(1);
    expect(store.get()).toBeNull();
    signIn('grace@example.com', 'secret');
    expect(await screen.findByRole('heading', { level: 1, name: 'Dashboard' })).toBeInTheDocument();
    expect(screen.queryByText('You are signed out.')).not.toBeInTheDocument();
  });

  it('signs out here and says so when the server cannot confirm the sign-out', async () => {
    const { fetch } = fakeFetch({
      'GET /api/me': () => json(200, { email: 'ada@example.com', workspaceId: 'w-1', workspaceName: 'Acme' }),
      'GET /api/workspaces': () => json(200, [{ id: 'w-1', name: 'Acme', role: 'OWNER', current: true }]),
      'GET /api/campaigns': () => json(200, []),
      'POST /api/auth/logout': () => problem(503, 'campaign-service is unavailable'),
    });
    const store = new CredentialStore(window.sessionStorage);
    store.set({ email: 'ada@example.com' });
    renderApp(<AppRoutes />, { fetch, store, route: '/campaigns' });

    fireEvent.click(await screen.findByRole('button', { name: 'Sign out' }));

    // The campaign list shows its own loading status first.
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(
      'You are signed out in this tab, but the server did not answer: close the browser to be sure the session ends.',
    ));
    expect(store.get()).toBeNull();
  });
});
