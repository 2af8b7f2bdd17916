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

describe('LoginPage', () => {
  it('sends a visitor to the login page and says when the password is wrong', async () => {
    const { fetch } = fakeFetch({ 'GET /api/me': () => problem(401, 'Unauthorized') });
    const store = new CredentialStore(window.sessionStorage);
    renderApp(<AppRoutes />, { fetch, store, route: '/campaigns' });

    signIn('ada@example.com', 'wrong');

    expect(await screen.findByRole('alert')).toHaveTextContent('Wrong email or password');
    expect(store.get()).toBeNull();
  });

  it('signs in, keeps the credentials and shows the campaigns', async () => {
    const { fetch, calls } = fakeFetch({
      'GET /api/me': () => json(200, { email: 'ada@example.com', workspaceId: 'w-1', workspaceName: 'Acme' }),
      'GET /api/campaigns': () => json(200, []),
    });
    const store = new CredentialStore(window.sessionStorage);
    renderApp(<AppRoutes />, { fetch, store, route: '/campaigns' });

    signIn('ada@example.com', 'secret');

    expect(await screen.findByRole('heading', { name: 'Campaigns' })).toBeInTheDocument();
    expect(await screen.findByText(/No campaign yet/)).toBeInTheDocument();
    expect(store.get()?.email).toBe('ada@example.com');
    const campaignsCall = calls.find((c) => c.url === '/api/campaigns');
    expect(campaignsCall?.headers.Authorization).toBe(`Basic ${btoa('ada@example.com:secret')}`);

    fireEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    expect(store.get()).toBeNull();
    expect(window.sessionStorage.length).toBe(0);
  });
});
