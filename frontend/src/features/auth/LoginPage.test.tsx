import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AppRoutes } from '../../App';
import { CredentialStore } from '../../api/credentials';
import { fakeFetch, json, problem, renderApp } from '../../test/harness';

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
      'Too many sign-in attempts. Try again in 15 minutes.',
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
});
