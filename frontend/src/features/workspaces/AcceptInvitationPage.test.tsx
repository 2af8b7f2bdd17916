import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AppRoutes } from '../../App';
import { CredentialStore } from '../../api/credentials';
import { fakeFetch, json, problem, renderApp, signedInStore } from '../../test/harness';
import { aSession, anEmptyDashboard } from '../auth/authMothers';

const LINK =
  '/invitations/accept?token=tok-123&workspace=Acme&email=linus%40example.com&expires=2099-01-01T00%3A00%3A00Z';

function renderAccept(routes: Parameters<typeof fakeFetch>[0] = {}, route = LINK, store = new CredentialStore(window.sessionStorage)) {
  const fake = fakeFetch({
    'GET /api/me': () => json(200, { email: 'linus@example.com', workspaceId: 'w-1', workspaceName: 'Acme' }),
    'GET /api/workspaces': () => json(200, [{ id: 'w-1', name: 'Acme', role: 'MEMBER', current: true }]),
    'GET /api/dashboard': () => json(200, anEmptyDashboard()),
    ...routes,
  });
  renderApp(<AppRoutes />, { fetch: fake.fetch, store, route });
  return { ...fake, store };
}

const JOINED = aSession({ userId: 'u-3', email: 'linus@example.com', name: 'Linus', role: 'MEMBER' });

describe('AcceptInvitationPage', () => {
  it('says which workspace the invitation joins, creates the account and lands on its dashboard', async () => {
    const { calls, store } = renderAccept({ 'POST /api/invitations/accept': () => json(200, JOINED) });

    expect(screen.getByRole('heading', { name: 'Join Acme' })).toBeInTheDocument();
    expect(screen.getByText(/You are invited to join/)).toHaveTextContent(
      /You are invited to join Acme on OpenSDR as linus@example.com; the invitation is valid until/,
    );
    expect(screen.getByLabelText('Choose a password')).toHaveAccessibleDescription(/At least 12 characters/);
    fireEvent.change(screen.getByLabelText('Your name'), { target: { value: 'Linus' } });
    fireEvent.change(screen.getByLabelText('Choose a password'), { target: { value: 'penguins all the way' } });
    fireEvent.click(screen.getByRole('button', { name: 'Join Acme' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Dashboard' })).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'POST')).toMatchObject({
      url: '/api/invitations/accept',
      body: { token: 'tok-123', password: 'penguins all the way', name: 'Linus' },
    });
    expect(store.get()).toMatchObject({ email: 'linus@example.com', workspaceName: 'Acme', role: 'MEMBER' });
  });

  it('joins with an existing account by its password alone', async () => {
    const { calls } = renderAccept({ 'POST /api/invitations/accept': () => json(200, JOINED) });

    fireEvent.click(screen.getByText('I have an account'));
    expect(screen.queryByLabelText('Your name')).not.toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('Your password'), { target: { value: 'x' } });
    fireEvent.click(screen.getByRole('button', { name: 'Join Acme' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Dashboard' })).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ token: 'tok-123', password: 'x' });
  });

  it('checks the name and the password rule before sending', async () => {
    const { calls } = renderAccept();

    fireEvent.change(screen.getByLabelText('Choose a password'), { target: { value: 'linus@example.com' } });
    fireEvent.click(screen.getByRole('button', { name: 'Join Acme' }));

    expect(await screen.findByText('Enter your name')).toBeInTheDocument();
    expect(screen.getByText('The password must not be your email address.')).toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);
  });

  it('says clearly that an expired or used invitation can no longer be used', async () => {
    renderAccept({
      'POST /api/invitations/accept': () =>
        problem(400, 'The invitation is not valid: it is unknown, expired or already used.', { title: 'Invalid invitation' }),
    });

    fireEvent.change(screen.getByLabelText('Your name'), { target: { value: 'Linus' } });
    fireEvent.change(screen.getByLabelText('Choose a password'), { target: { value: 'penguins all the way' } });
    fireEvent.click(screen.getByRole('button', { name: 'Join Acme' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This invitation can no longer be usedIt has expired, has already been used, or the link is not the whole one. Ask the owner of Acme for a new invitation.',
    );
    expect(screen.getByRole('button', { name: 'Join Acme' })).toBeDisabled();
  });

  it('says an invitation whose link shows it expired has expired, without a form', () => {
    renderAccept({}, '/invitations/accept?token=tok-123&workspace=Acme&expires=2020-01-01T00%3A00%3A00Z');

    expect(screen.getByRole('alert')).toHaveTextContent('This invitation has expired');
    expect(screen.getByRole('alert')).toHaveTextContent('Ask the owner of Acme for a new invitation.');
    expect(screen.queryByLabelText('Choose a password')).not.toBeInTheDocument();
  });

  it('says a link without its token is incomplete', () => {
    renderAccept({}, '/invitations/accept');

    expect(screen.getByRole('heading', { name: 'Join a workspace' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('This link is incomplete');
  });

  it('asks for the password of an address that has an account already', async () => {
    renderAccept({ 'POST /api/invitations/accept': () => problem(401, 'The email or password is not correct.') });

    fireEvent.change(screen.getByLabelText('Your name'), { target: { value: 'Linus' } });
    fireEvent.change(screen.getByLabelText('Choose a password'), { target: { value: 'penguins all the way' } });
    fireEvent.click(screen.getByRole('button', { name: 'Join Acme' }));

    await waitFor(() =>
      expect(screen.getByLabelText('Your password')).toHaveAccessibleDescription(
        /linus@example.com already has an OpenSDR account: enter its password\./,
      ),
    );
  });

  it("keeps a signed-in user's session when the accept is refused, and warns before switching", async () => {
    const store = signedInStore('ada@example.com');
    const { calls } = renderAccept(
      { 'POST /api/invitations/accept': () => problem(401, 'The email or password is not correct.') },
      LINK,
      store,
    );

    expect(screen.getByText('You are signed in as ada@example.com')).toBeInTheDocument();
    fireEvent.click(screen.getByText('I have an account'));
    fireEvent.change(screen.getByLabelText('Your password'), { target: { value: 'wrong' } });
    fireEvent.click(screen.getByRole('button', { name: 'Join Acme' }));

    expect(await screen.findByText('This is not the password of the account.')).toBeInTheDocument();
    expect(calls.some((c) => c.url === '/api/auth/refresh')).toBe(false);
    expect(store.get()?.email).toBe('ada@example.com');
  });

  it('shows the field errors of the problem beside their fields', async () => {
    renderAccept({
      'POST /api/invitations/accept': () =>
        problem(400, 'The request is not valid.', { errors: [{ field: 'password', message: 'is too common; choose another one' }] }),
    });

    fireEvent.change(screen.getByLabelText('Your name'), { target: { value: 'Linus' } });
    fireEvent.change(screen.getByLabelText('Choose a password'), { target: { value: 'correcthorsebatterystaple' } });
    fireEvent.click(screen.getByRole('button', { name: 'Join Acme' }));

    await waitFor(() =>
      expect(screen.getByLabelText('Choose a password')).toHaveAccessibleDescription(/Is too common; choose another one/),
    );
    expect(screen.getByRole('button', { name: 'Join Acme' })).toBeEnabled();
  });
});
