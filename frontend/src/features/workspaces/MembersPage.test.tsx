import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AppRoutes } from '../../App';
import { fakeFetch, json, problem, renderApp, signedInStore } from '../../test/harness';
import { someWorkspaces } from '../auth/authMothers';

const ADA = { userId: 'u-1', email: 'ada@example.com', name: 'Ada Lovelace', role: 'OWNER' };
const GRACE = { userId: 'u-2', email: 'grace@example.com', name: 'Grace Hopper', role: 'MEMBER' };
const MEMBERS = [ADA, GRACE];

const INVITATION = {
  id: 'inv-1',
  workspaceId: 'w-1',
  email: 'linus@example.com',
  role: 'MEMBER',
  expiresAt: '2026-12-04T12:00:00Z',
  token: 'tok-en_123',
  emailed: false,
  notEmailedReason: 'Invitation email is not configured on this server.',
};

const PENDING = [
  {
    id: 'inv-7',
    email: 'linus@example.com',
    role: 'MEMBER',
    invitedByName: 'Ada Lovelace',
    invitedByEmail: 'ada@example.com',
    createdAt: '2026-11-27T09:00:00Z',
    expiresAt: '2026-12-04T09:00:00Z',
    emailed: true,
  },
  {
    id: 'inv-8',
    email: 'ken@example.com',
    role: 'OWNER',
    invitedByName: null,
    invitedByEmail: 'grace@example.com',
    createdAt: '2026-11-27T10:00:00Z',
    expiresAt: '2026-12-04T10:00:00Z',
    emailed: false,
  },
];

function renderMembers(role: 'OWNER' | 'MEMBER', routes: Parameters<typeof fakeFetch>[0] = {}, me = 'ada@example.com') {
  const fake = fakeFetch({
    'GET /api/me': () => json(200, { email: 'ada@example.com', workspaceId: 'w-1', workspaceName: 'Acme' }),
    'GET /api/workspaces': () => json(200, someWorkspaces(role)),
    'GET /api/workspaces/w-1/members': () => json(200, MEMBERS),
    'GET /api/workspaces/w-1/invitations': () => json(200, PENDING),
    ...routes,
  });
  renderApp(<AppRoutes />, { fetch: fake.fetch, store: signedInStore(me), route: '/workspace/members' });
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
    expect(within(table).getByTestId('member-ada@example.com')).toHaveTextContent(/^Ada Lovelace \(you\)ada@example.com/);
    expect(within(table).getByLabelText('Role of Ada Lovelace')).toHaveValue('OWNER');
    expect(within(table).getByTestId('member-grace@example.com')).toHaveTextContent(/^Grace Hoppergrace@example.com/);
    expect(within(table).getByLabelText('Role of Grace Hopper')).toHaveValue('MEMBER');
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
    expect(issued).toHaveTextContent('It was not emailed (Invitation email is not configured on this server)');
    const link = within(issued).getByLabelText('Invitation link') as HTMLInputElement;
    const url = new URL(link.value);
    expect(url.pathname).toBe('/invitations/accept');
    // The token rides in the fragment: no server (nor its access log) ever sees it.
    expect(url.search).toBe('');
    expect(url.hash).toBe('#token=tok-en_123');
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

    expect(await screen.findByTestId('member-grace@example.com')).toHaveTextContent('Grace Hoppergrace@example.comMember');
    expect(screen.getByTestId('member-ada@example.com')).toHaveTextContent('Ada Lovelace (you)ada@example.comOwner');
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

  it('says an emailed invitation was emailed, without a link to copy', async () => {
    renderMembers('OWNER', {
      'POST /api/workspaces/w-1/invitations': () => json(201, { ...INVITATION, emailed: true, notEmailedReason: null }),
    });

    fireEvent.change(await screen.findByLabelText('Email address'), { target: { value: 'linus@example.com' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create invitation' }));

    const issued = await screen.findByTestId('issued-invitation');
    expect(issued).toHaveTextContent('Emailed to linus@example.com: as member of Acme, valid until');
    expect(within(issued).queryByLabelText('Invitation link')).not.toBeInTheDocument();
  });

  it('lists the pending invitations to an owner: who, role, inviter, emailed or not, expiry', async () => {
    renderMembers('OWNER');

    const table = await screen.findByRole('table', { name: 'Pending invitations' });
    const linus = within(table).getByTestId('pending-linus@example.com');
    expect(linus).toHaveTextContent('linus@example.com');
    expect(linus).toHaveTextContent('Member');
    expect(linus).toHaveTextContent('Ada Lovelace');
    expect(linus).toHaveTextContent('Emailed to linus@example.com');
    const ken = within(table).getByTestId('pending-ken@example.com');
    expect(ken).toHaveTextContent('Owner');
    expect(ken).toHaveTextContent('grace@example.com');
    expect(ken).toHaveTextContent('Not emailed: the link was given to you to send');
  });

  it('says when no invitation is pending', async () => {
    renderMembers('OWNER', { 'GET /api/workspaces/w-1/invitations': () => json(200, []) });

    expect(await screen.findByText('No invitation is waiting to be accepted.')).toBeInTheDocument();
  });

  it('revokes a pending invitation after a confirmation, and not without', async () => {
    let pending = PENDING;
    const { calls } = renderMembers('OWNER', {
      'GET /api/workspaces/w-1/invitations': () => json(200, pending),
      'DELETE /api/workspaces/w-1/invitations/inv-7': () => {
        pending = PENDING.slice(1);
        return new Response(null, { status: 204 });
      },
    });

    fireEvent.click(await screen.findByRole('button', { name: 'Revoke invitation of linus@example.com' }));
    const confirm = screen.getByRole('group', { name: 'Confirm revoking the invitation of linus@example.com' });
    expect(confirm).toHaveTextContent('Revoke? Its link stops working.');
    fireEvent.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(calls.filter((c) => c.method === 'DELETE')).toHaveLength(0);

    fireEvent.click(screen.getByRole('button', { name: 'Revoke invitation of linus@example.com' }));
    fireEvent.click(screen.getByRole('button', { name: 'Revoke' }));

    await waitFor(() => expect(screen.queryByTestId('pending-linus@example.com')).not.toBeInTheDocument());
    expect(calls.filter((c) => c.method === 'DELETE').map((c) => c.url)).toEqual(['/api/workspaces/w-1/invitations/inv-7']);
    expect(screen.getByTestId('pending-ken@example.com')).toBeInTheDocument();
  });

  it("shows a refused revocation's problem", async () => {
    renderMembers('OWNER', {
      'DELETE /api/workspaces/w-1/invitations/inv-7': () => problem(404, 'Invitation inv-7 was not found'),
    });

    fireEvent.click(await screen.findByRole('button', { name: 'Revoke invitation of linus@example.com' }));
    fireEvent.click(screen.getByRole('button', { name: 'Revoke' }));

    expect(await screen.findByTestId('error-state')).toHaveTextContent('Invitation inv-7 was not found');
  });

  it("lets an owner change a member's role", async () => {
    let members = MEMBERS;
    const { calls } = renderMembers('OWNER', {
      'GET /api/workspaces/w-1/members': () => json(200, members),
      'PUT /api/workspaces/w-1/members/u-2/role': () => {
        members = [ADA, { ...GRACE, role: 'OWNER' }];
        return json(200, { ...GRACE, role: 'OWNER' });
      },
    });

    const select = (await screen.findByLabelText('Role of Grace Hopper')) as HTMLSelectElement;
    expect(select.value).toBe('MEMBER');
    fireEvent.change(select, { target: { value: 'OWNER' } });

    await waitFor(() => expect((screen.getByLabelText('Role of Grace Hopper') as HTMLSelectElement).value).toBe('OWNER'));
    expect(calls.find((c) => c.method === 'PUT')).toMatchObject({
      url: '/api/workspaces/w-1/members/u-2/role',
      body: { role: 'OWNER' },
    });
  });

  it('shows why the last owner cannot be demoted, and keeps their role', async () => {
    renderMembers('OWNER', {
      'PUT /api/workspaces/w-1/members/u-1/role': () =>
        problem(409, 'ada@example.com is the last owner of the workspace: make another member an owner first.', {
          title: 'Last owner',
        }),
    });

    fireEvent.change(await screen.findByLabelText('Role of Ada Lovelace'), { target: { value: 'MEMBER' } });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('A workspace needs an owner');
    expect(alert).toHaveTextContent('ada@example.com is the last owner of the workspace: make another member an owner first.');
    expect((screen.getByLabelText('Role of Ada Lovelace') as HTMLSelectElement).value).toBe('OWNER');
  });

  it('removes a member after a confirmation', async () => {
    let members = MEMBERS;
    const { calls } = renderMembers('OWNER', {
      'GET /api/workspaces/w-1/members': () => json(200, members),
      'DELETE /api/workspaces/w-1/members/u-2': () => {
        members = [ADA];
        return new Response(null, { status: 204 });
      },
    });

    fireEvent.click(await screen.findByRole('button', { name: 'Remove Grace Hopper' }));
    const confirm = screen.getByRole('group', { name: 'Confirm removing Grace Hopper' });
    expect(confirm).toHaveTextContent('Remove Grace Hopper from Acme? They lose access at once.');
    fireEvent.click(within(confirm).getByRole('button', { name: 'Remove' }));

    await waitFor(() => expect(screen.queryByTestId('member-grace@example.com')).not.toBeInTheDocument());
    expect(calls.filter((c) => c.method === 'DELETE').map((c) => c.url)).toEqual(['/api/workspaces/w-1/members/u-2']);
  });

  it('shows why the last owner cannot leave', async () => {
    renderMembers('OWNER', {
      'DELETE /api/workspaces/w-1/members/u-1': () =>
        problem(409, 'ada@example.com is the last owner of the workspace: make another member an owner first.', {
          title: 'Last owner',
        }),
    });

    fireEvent.click(await screen.findByRole('button', { name: 'Leave workspace' }));
    fireEvent.click(screen.getByRole('button', { name: 'Leave' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('A workspace needs an owner');
    expect(screen.getByTestId('member-ada@example.com')).toBeInTheDocument();
  });

  it('lets a member leave, then asks them to sign in again', async () => {
    const { calls } = renderMembers('MEMBER', {
      'GET /api/me': () => json(200, { email: 'grace@example.com', workspaceId: 'w-1', workspaceName: 'Acme' }),
      'DELETE /api/workspaces/w-1/members/u-2': () => new Response(null, { status: 204 }),
      'POST /api/auth/logout': () => new Response(null, { status: 204 }),
    }, 'grace@example.com');

    expect(await screen.findByTestId('member-grace@example.com')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Remove Ada Lovelace' })).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Role of Ada Lovelace')).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Leave workspace' }));
    expect(screen.getByRole('group', { name: 'Confirm removing Grace Hopper' })).toHaveTextContent('Leave Acme?');
    fireEvent.click(screen.getByRole('button', { name: 'Leave' }));

    expect(await screen.findByRole('heading', { name: /Sign in/ })).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'DELETE')?.url).toBe('/api/workspaces/w-1/members/u-2');
  });

  it('asks a member for no pending invitations (owners only)', async () => {
    const { calls } = renderMembers('MEMBER');

    expect(await screen.findByTestId('member-grace@example.com')).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Pending invitations' })).not.toBeInTheDocument();
    expect(calls.some((c) => c.url === '/api/workspaces/w-1/invitations')).toBe(false);
  });
});
