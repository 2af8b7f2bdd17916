import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AppRoutes } from '../../App';
import { CredentialStore } from '../../api/credentials';
import { fakeFetch, json, problem, renderApp, signedInStore } from '../../test/harness';
import { aSession, anEmptyDashboard } from '../auth/authMothers';

// The link OpenSDR emails (and owners copy): the token in the fragment, never sent to a server.
const LINK = '/invitations/accept#token=tok-123';

const PREVIEW = {
  workspaceName: 'Acme',
  invitedByName: 'Ada Lovelace',
  invitedByEmail: 'ada@example.com',
  email: 'linus@example.com',
  role: 'MEMBER',
  expiresAt: '2099-01-01T00:00:00Z',
  accountExists: false,
};

const INVALID = () =>
  problem(400, 'The invitation is not valid: it is unknown, expired, revoked or already used.', { title: 'Invalid invitation' });

function renderAccept(routes: Parameters<typeof fakeFetch>[0] = {}, route = LINK, store = new CredentialStore(window.sessionStorage)) {
  const fake = fakeFetch({
    'POST /api/invitations/preview': () => json(200, PREVIEW),
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
  it('previews the invitation (workspace, inviter, role), creates the account and lands on its dashboard', async () => {
    const { calls, store } = renderAccept({ 'POST /api/invitations/accept': () => json(200, JOINED) });

    expect(await screen.findByRole('heading', { name: 'Join Acme' })).toBeInTheDocument();
    expect(calls[0]).toMatchObject({ method: 'POST', url: '/api/invitations/preview', body: { token: 'tok-123' } });
    expect(calls.every((c) => !c.url.includes('tok-123'))).toBe(true);
    expect(screen.getByText(/invites you/)).toHaveTextContent(
      /Ada Lovelace \(ada@example.com\) invites you to join Acme on OpenSDR as member, with the address linus@example.com; the invitation is valid until/,
    );
    expect(screen.getByText('linus@example.com has no OpenSDR account yet: choose your name and a password.')).toBeInTheDocument();
    expect(screen.getByLabelText('Choose a password')).toHaveAccessibleDescription(/At least 12 characters/);
    fireEvent.change(screen.getByLabelText('Your name'), { target: { value: 'Linus' } });
    fireEvent.change(screen.getByLabelText('Choose a password'), { target: { value: 'penguins all the way' } });
    fireEvent.click(screen.getByRole('button', { name: 'Join Acme' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Dashboard' })).toBeInTheDocument();
    expect(calls.find((c) => c.url === '/api/invitations/accept')).toMatchObject({
      method: 'POST',
      body: { token: 'tok-123', password: 'penguins all the way', name: 'Linus' },
    });
    expect(store.get()).toMatchObject({ email: 'linus@example.com', workspaceName: 'Acme', role: 'MEMBER' });
  });

  it('asks only for the password when the address has an account', async () => {
    const { calls } = renderAccept({
      'POST /api/invitations/preview': () => json(200, { ...PREVIEW, accountExists: true, role: 'OWNER' }),
      'POST /api/invitations/accept': () => json(200, JOINED),
    });

    expect(await screen.findByText('linus@example.com already has an OpenSDR account: enter its password.')).toBeInTheDocument();
    expect(screen.getByText(/invites you/)).toHaveTextContent(/as owner/);
    expect(screen.queryByLabelText('Your name')).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Join Acme' }));
    expect(await screen.findByText('Enter the password of your account')).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('Your password'), { target: { value: 'x' } });
    fireEvent.click(screen.getByRole('button', { name: 'Join Acme' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Dashboard' })).toBeInTheDocument();
    expect(calls.find((c) => c.url === '/api/invitations/accept')?.body).toEqual({ token: 'tok-123', password: 'x' });
  });

  it('still reads the token of an older link from its query', async () => {
    const { calls } = renderAccept({}, '/invitations/accept?token=tok-old&workspace=Acme');

    expect(await screen.findByRole('heading', { name: 'Join Acme' })).toBeInTheDocument();
    expect(calls[0]?.body).toEqual({ token: 'tok-old' });
  });

  it('checks the name and the password rule before sending', async () => {
    const { calls } = renderAccept();

    fireEvent.change(await screen.findByLabelText('Choose a password'), { target: { value: 'linus@example.com' } });
    fireEvent.click(screen.getByRole('button', { name: 'Join Acme' }));

    expect(await screen.findByText('Enter your name')).toBeInTheDocument();
    expect(screen.getByText('The password must not be your email address.')).toBeInTheDocument();
    expect(calls.filter((c) => c.url === '/api/invitations/accept')).toHaveLength(0);
  });

  it('says clearly, without a form, that an expired, revoked or used invitation can no longer be used', async () => {
    const { calls } = renderAccept({ 'POST /api/invitations/preview': INVALID });

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This invitation can no longer be usedIt has expired, was revoked or already used, or the link is not the whole one.',
    );
    expect(screen.getByRole('heading', { name: 'Join a workspace' })).toBeInTheDocument();
    expect(screen.queryByLabelText('Choose a password')).not.toBeInTheDocument();
    expect(calls.filter((c) => c.url === '/api/invitations/accept')).toHaveLength(0);
  });

  it('says so when the invitation is refused on accept (revoked meanwhile)', async () => {
    renderAccept({ 'POST /api/invitations/accept': INVALID });

    fireEvent.change(await screen.findByLabelText('Your name'), { target: { value: 'Linus' } });
    fireEvent.change(screen.getByLabelText('Choose a password'), { target: { value: 'penguins all the way' } });
    fireEvent.click(screen.getByRole('button', { name: 'Join Acme' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This invitation can no longer be usedIt has expired, was revoked or already used. Ask the owner of Acme for a new invitation.',
    );
    expect(screen.getByRole('button', { name: 'Join Acme' })).toBeDisabled();
  });

  it('shows another problem of the preview with a retry', async () => {
    let calls = 0;
    renderAccept({
      'POST /api/invitations/preview': () => (++calls === 1 ? problem(503, 'campaign-service is unavailable') : json(200, PREVIEW)),
    });

    const alert = await screen.findByTestId('error-state');
    expect(alert).toHaveTextContent('campaign-service is unavailable');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'Join Acme' })).toBeInTheDocument();
  });

  it('says a link without its token is incomplete, asking nothing of the API', () => {
    const { calls } = renderAccept({}, '/invitations/accept');

    expect(screen.getByRole('heading', { name: 'Join a workspace' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('This link is incomplete');
    expect(calls.filter((c) => c.url === '/api/invitations/preview')).toHaveLength(0);
  });

  it('asks for the password when the address got an account meanwhile', async () => {
    renderAccept({ 'POST /api/invitations/accept': () => problem(401, 'The email or password is not correct.') });

    fireEvent.change(await screen.findByLabelText('Your name'), { target: { value: 'Linus' } });
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
      {
        'POST /api/invitations/preview': () => json(200, { ...PREVIEW, accountExists: true }),
        'POST /api/invitations/accept': () => problem(401, 'The email or password is not correct.'),
      },
      LINK,
      store,
    );

    expect(await screen.findByText('You are signed in as ada@example.com')).toBeInTheDocument();
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

    fireEvent.change(await screen.findByLabelText('Your name'), { target: { value: 'Linus' } });
    fireEvent.change(screen.getByLabelText('Choose a password'), { target: { value: 'correcthorsebatterystaple' } });
    fireEvent.click(screen.getByRole('button', { name: 'Join Acme' }));

    await waitFor(() =>
      expect(screen.getByLabelText('Choose a password')).toHaveAccessibleDescription(/Is too common; choose another one/),
    );
    expect(screen.getByRole('button', { name: 'Join Acme' })).toBeEnabled();
  });
});
