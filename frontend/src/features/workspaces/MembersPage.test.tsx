import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AppRoutes } from '../../App';
import { fakeFetch, json, problem, renderApp, signedInStore } from '../../test/harness';
import { someWorkspaces } from '../auth/authMothers';

const MEMBERS = [
  { userId: 'u-1', email: 'ada@example.com', name: 'Ada Lovelace', role: 'OWNER' },
  { userId: 'u-2', email: 'grace@example.com', name: 'Grace Hopper', role: 'MEMBER' },
];

const INVITATION = {
  id: 'inv-1',
  workspaceId: 'w-1',
  email: 'linus@example.com',
  role: 'MEMBER',
  expiresAt: '2026-12-04T12:00:00Z',
  token: 'tok-en_123',
};

function renderMembers(role: 'OWNER' | 'MEMBER', routes: Parameters<typeof fakeFetch>[0] = {}) {
  const fake = fakeFetch({
    'GET /api/me': () => json(200, { email: 'ada@example.com', workspaceId: 'w-1', workspaceName: 'Acme' }),
    'GET /api/workspaces': () => json(200, someWorkspaces(role)),
    'GET /api/workspaces/w-1/members': () => json(200, MEMBERS),
    ...routes,
  });
  renderApp(<AppRoutes />, { fetch: fake.fetch, store: signedInStore('ada@example.com'), route: '/workspace/members' });
  return fake;
}

describe('MembersPage', () => {
  it('is reached from the header and lists the members with their roles', async () => {
    const { fetch } = fakeFetch({
      'GET /api/me': () => json(200, { email: 'ada@example.com', workspaceId: 'w-1', workspaceName: 'Acme' }),
      'GET /api/workspaces': () => json(200, someWorkspaces('OWNER')),
      'GET /api/workspaces/w-1/members': () => json(200, MEMBERS),
      'GET /api/campaigns': () => json(200, []),
    });
    renderApp(<AppRoutes />, { fetch, store: signedInStore('ada@example.com'), route: '/campaigns' });

    fireEvent.click(await screen.findByRole('link', { name: 'Members' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Workspace members' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Members and their roles' });
    expect(within(table).getByTestId('member-ada@example.com')).toHaveTextContent('Ada Lovelace (you)ada@example.comOwner');
    expect(within(table).getByTestId('member-grace@example.com')).toHaveTextContent('Grace Hoppergrace@example.comMember');
  });

  it('lets an owner invite by email and role, and shows the link to send', async () => {
    const { calls } = renderMembers('OWNER', {
      'POST /api/workspaces/w-1/invitations': () => json(201, { ...INVITATION, role: 'OWNER' }),
    });

    fireEvent.change(await screen.findByLabelText('Email address'), { target: { value: ' linus@example.com ' } });
    fireEvent.change(screen.getByLabelText('Role'), { target: { value: 'OWNER' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create invitation' }));

    const issued = await screen.findByTestId('issued-invitation');
    expect(calls.find((c) => c.method === 'POST')).toMatchObject({
      url: '/api/workspaces/w-1/invitations',
      body: { email: 'linus@example.com', role: 'OWNER' },
    });
    expect(issued).toHaveTextContent('Invitation for linus@example.com');
    expect(issued).toHaveTextContent('As owner of Acme, valid until');
    const link = within(issued).getByLabelText('Invitation link') as HTMLInputElement;
    const url = new URL(link.value);
    expect(url.pathname).toBe('/invitations/accept');
    expect(url.searchParams.get('token')).toBe('tok-en_123');
    expect(url.searchParams.get('workspace')).toBe('Acme');
    expect(url.searchParams.get('email')).toBe('linus@example.com');
    expect(within(issued).getByRole('button', { name: 'Copy link' })).toBeInTheDocument();
    expect(screen.getByLabelText('Email address')).toHaveValue('');
  });

  it('checks the address before sending, and shows the API refusals beside the field', async () => {
    const { calls } = renderMembers('OWNER', {
      'POST /api/workspaces/w-1/invitations': () => problem(409, 'grace@example.com is already a member of this workspace.'),
    });

    fireEvent.click(await screen.findByRole('button', { name: 'Create invitation' }));
    expect(await screen.findByText('Enter the email address to invite')).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('Email address'), { target: { value: 'grace' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create invitation' }));
    expect(await screen.findByText('Enter an email address such as grace@example.com')).toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);

    fireEvent.change(screen.getByLabelText('Email address'), { target: { value: 'grace@example.com' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create invitation' }));
    await waitFor(() =>
      expect(screen.getByLabelText('Email address')).toHaveAccessibleDescription(
        'grace@example.com is already a member of this workspace.',
      ),
    );
    expect(screen.queryByTestId('issued-invitation')).not.toBeInTheDocument();
  });

  it('puts a field error of the problem beside its field', async () => {
    renderMembers('OWNER', {
      'POST /api/workspaces/w-1/invitations': () =>
        problem(400, 'The request is not valid.', { errors: [{ field: 'email', message: 'must be a well-formed email address' }] }),
    });

    fireEvent.change(await screen.findByLabelText('Email address'), { target: { value: 'a@b.c' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create invitation' }));

    expect(await screen.findByText('Must be a well-formed email address')).toBeInTheDocument();
    expect(screen.getByTestId('error-state')).toHaveTextContent('The request is not valid.');
  });

  it('shows a member the members, without the invitation form', async () => {
    renderMembers('MEMBER');

    expect(await screen.findByTestId('member-grace@example.com')).toBeInTheDocument();
    expect(screen.getByText(/Only an owner of Acme can invite people/)).toBeInTheDocument();
    expect(screen.queryByLabelText('Email address')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Create invitation' })).not.toBeInTheDocument();
  });

  it("shows the members' problem with a retry", async () => {
    renderMembers('OWNER', { 'GET /api/workspaces/w-1/members': () => problem(404, 'No workspace w-1') });

    const alert = await screen.findByTestId('error-state');
    expect(alert).toHaveTextContent('No workspace w-1');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
