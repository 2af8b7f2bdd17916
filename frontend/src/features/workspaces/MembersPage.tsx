import {
  Alert,
  Badge,
  Button,
  Card,
  CopyButton,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { z } from 'zod';
import { ApiError } from '../../api/problem';
import { ErrorState, LoadingState, QueryState } from '../../components/states';
import { useAuth } from '../auth/AuthContext';
import { fieldErrorsOf, zodErrors } from '../auth/authApi';
import { capitalised } from '../auth/SignUpPage';
import {
  invitationLink,
  ROLE_LABELS,
  useChangeRole,
  useInvite,
  useMembers,
  usePendingInvitations,
  useRemoveMember,
  useRevokeInvitation,
  type Invitation,
  type Member,
  type PendingInvitation,
  type Role,
} from './membersApi';
import { useWorkspaces, type Workspace } from './workspaces';

export function formatWhen(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** The current workspace's members and roles; an owner invites people by email and role. */
export function MembersPage() {
  const workspaces = useWorkspaces();
  const current = workspaces.data?.find((w) => w.current);
  return (
    <Stack gap="md">
      <Title order={1}>Workspace members</Title>
      {workspaces.isPending ? (
        <LoadingState label="Loading the workspace…" />
      ) : workspaces.isError ? (
        <ErrorState error={workspaces.error} onRetry={() => void workspaces.refetch()} />
      ) : current ? (
        <Members workspace={current} />
      ) : (
        <ErrorState
          error={new Error('The server named no current workspace. Sign out and in again.')}
          onRetry={() => void workspaces.refetch()}
        />
      )}
    </Stack>
  );
}

function Members({ workspace }: { workspace: Workspace }) {
  const members = useMembers(workspace.id);
  const { credentials } = useAuth();
  const owner = workspace.role === 'OWNER';
  return (
    <>
      <Text c="dimmed">
        People in <strong>{workspace.name}</strong> see and work on its campaigns, prospects and drafts. You are{' '}
        {owner ? 'an owner' : 'a member'} of it.
      </Text>
      <Card withBorder component="section" aria-labelledby="members-title">
        <Title order={2} size="h4" id="members-title" mb="sm">
          Members
        </Title>
        <QueryState query={members} loadingLabel="Loading the members…">
          {(list) => <MemberTable members={list} me={credentials?.email} workspace={workspace} />}
        </QueryState>
      </Card>
      {owner ? (
        <>
          <PendingInvitations workspace={workspace} />
          <InviteForm workspace={workspace} />
        </>
      ) : (
        <Alert color="gray" variant="light" title="Inviting people">
          Only an owner of {workspace.name} can invite people. Ask an owner to invite a colleague.
        </Alert>
      )}
    </>
  );
}

function MemberTable({ members, me, workspace }: { members: Member[]; me: string | undefined; workspace: Workspace }) {
  const owner = workspace.role === 'OWNER';
  const changeRole = useChangeRole(workspace.id);
  const remove = useRemoveMember(workspace.id);
  const { logout } = useAuth();
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState<string | null>(null);
  const error = changeRole.error ?? remove.error;

  const confirmRemoval = (member: Member, isMe: boolean) => {
    remove.mutate(member.userId, {
      onSuccess: () => {
        setConfirming(null);
        if (isMe) {
          // Leaving signs this session out of the workspace: sign in again (to another workspace).
          void logout().finally(() => navigate('/login', { replace: true }));
        }
      },
      onError: () => setConfirming(null),
    });
  };

  return (
    <Stack gap="sm">
      {error ? (
        error instanceof ApiError && error.status === 409 ? (
          <Alert color="red" variant="light" role="alert" title="A workspace needs an owner">
            {error.problem.detail}
          </Alert>
        ) : (
          <ErrorState error={error} />
        )
      ) : null}
      <Table.ScrollContainer minWidth={480}>
        <Table striped aria-label="Members and their roles">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Name</Table.Th>
              <Table.Th scope="col">Email</Table.Th>
              <Table.Th scope="col">Role</Table.Th>
              <Table.Th scope="col">
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {members.map((m) => {
              const isMe = me !== undefined && m.email.toLowerCase() === me.toLowerCase();
              const who = m.name ?? m.email;
              return (
                <Table.Tr key={m.userId} data-testid={`member-${m.email}`}>
                  <Table.Td>{m.name ? `${m.name}${isMe ? ' (you)' : ''}` : isMe ? 'You' : '—'}</Table.Td>
                  <Table.Td>{m.email}</Table.Td>
                  <Table.Td>
                    {owner ? (
                      <NativeSelect
                        aria-label={`Role of ${who}`}
                        size="xs"
                        w={130}
                        value={m.role}
                        disabled={changeRole.isPending}
                        data={[
                          { value: 'MEMBER', label: 'Member' },
                          { value: 'OWNER', label: 'Owner' },
                        ]}
                        onChange={(e) => {
                          remove.reset();
                          changeRole.mutate({ userId: m.userId, role: e.currentTarget.value as Role });
                        }}
                      />
                    ) : (
                      <Badge variant={m.role === 'OWNER' ? 'filled' : 'light'} color={m.role === 'OWNER' ? 'blue' : 'gray'}>
                        {ROLE_LABELS[m.role]}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {confirming === m.userId ? (
                      <Group gap="xs" wrap="nowrap" role="group" aria-label={`Confirm removing ${who}`}>
                        <Text size="sm">
                          {isMe ? `Leave ${workspace.name}?` : `Remove ${who} from ${workspace.name}? They lose access at once.`}
                        </Text>
                        <Button size="xs" color="red" loading={remove.isPending} onClick={() => confirmRemoval(m, isMe)}>
                          {isMe ? 'Leave' : 'Remove'}
                        </Button>
                        <Button size="xs" variant="default" onClick={() => setConfirming(null)} disabled={remove.isPending}>
                          Cancel
                        </Button>
                      </Group>
                    ) : owner || isMe ? (
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        onClick={() => {
                          changeRole.reset();
                          remove.reset();
                          setConfirming(m.userId);
                        }}
                      >
                        {isMe ? 'Leave workspace' : `Remove ${who}`}
                      </Button>
                    ) : null}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

function PendingInvitations({ workspace }: { workspace: Workspace }) {
  const pending = usePendingInvitations(workspace.id, true);
  return (
    <Card withBorder component="section" aria-labelledby="pending-title">
      <Title order={2} size="h4" id="pending-title" mb="sm">
        Pending invitations
      </Title>
      <QueryState
        query={pending}
        loadingLabel="Loading the invitations…"
        empty={<Text c="dimmed" size="sm">No invitation is waiting to be accepted.</Text>}
      >
        {(list) => <PendingTable invitations={list} workspace={workspace} />}
      </QueryState>
    </Card>
  );
}

function PendingTable({ invitations, workspace }: { invitations: PendingInvitation[]; workspace: Workspace }) {
  const revoke = useRevokeInvitation(workspace.id);
  const [confirming, setConfirming] = useState<string | null>(null);
  return (
    <Stack gap="sm">
      {revoke.isError && <ErrorState error={revoke.error} />}
      <Table.ScrollContainer minWidth={560}>
        <Table striped aria-label="Pending invitations">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Email</Table.Th>
              <Table.Th scope="col">Role</Table.Th>
              <Table.Th scope="col">Invited by</Table.Th>
              <Table.Th scope="col">Sent</Table.Th>
              <Table.Th scope="col">Expires</Table.Th>
              <Table.Th scope="col">
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {invitations.map((i) => (
              <Table.Tr key={i.id} data-testid={`pending-${i.email}`}>
                <Table.Td>{i.email}</Table.Td>
                <Table.Td>{ROLE_LABELS[i.role]}</Table.Td>
                <Table.Td>{i.invitedByName ?? i.invitedByEmail ?? '—'}</Table.Td>
                <Table.Td>
                  {formatWhen(i.createdAt)}
                  <Text size="xs" c="dimmed">
                    {i.emailed ? `Emailed to ${i.email}` : 'Not emailed: the link was given to you to send'}
                  </Text>
                </Table.Td>
                <Table.Td>{formatWhen(i.expiresAt)}</Table.Td>
                <Table.Td>
                  {confirming === i.id ? (
                    <Group gap="xs" wrap="nowrap" role="group" aria-label={`Confirm revoking the invitation of ${i.email}`}>
                      <Text size="sm">Revoke? Its link stops working.</Text>
                      <Button
                        size="xs"
                        color="red"
                        loading={revoke.isPending}
                        onClick={() =>
                          revoke.mutate(i.id, { onSettled: () => setConfirming(null) })
                        }
                      >
                        Revoke
                      </Button>
                      <Button size="xs" variant="default" onClick={() => setConfirming(null)} disabled={revoke.isPending}>
                        Cancel
                      </Button>
                    </Group>
                  ) : (
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      onClick={() => {
                        revoke.reset();
                        setConfirming(i.id);
                      }}
                    >
                      Revoke invitation of {i.email}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

const inviteSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, 'Enter the email address to invite')
    .max(254, 'At most 254 characters')
    .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'Enter an email address such as grace@example.com'),
  role: z.enum(['OWNER', 'MEMBER']),
});

function InviteForm({ workspace }: { workspace: Workspace }) {
  const invite = useInvite(workspace.id);
  const [issued, setIssued] = useState<Invitation[]>([]);
  const form = useForm({
    mode: 'controlled',
    initialValues: { email: '', role: 'MEMBER' as Role },
    validate: (values) => zodErrors(inviteSchema, values),
  });

  const submit = form.onSubmit((values) => {
    invite.mutate(
      { email: values.email.trim(), role: values.role },
      {
        onSuccess: (invitation) => {
          setIssued((list) => [invitation, ...list]);
          form.reset();
        },
        onError: (error) => {
          const byField: Record<string, string> = Object.fromEntries(
            Object.entries(fieldErrorsOf(error, ['email', 'role'])).map(([k, v]) => [k, capitalised(v)]),
          );
          // 409: the address is a member already.
          if (error instanceof ApiError && error.status === 409) byField.email = error.problem.detail;
          form.setErrors(byField);
        },
      },
    );
  });

  return (
    <Card withBorder component="section" aria-labelledby="invite-title">
      <Title order={2} size="h4" id="invite-title">
        Invite someone
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        OpenSDR emails the invitation with its link. When it cannot (email is not set up on this server, or
        the mail server refused it), you get the link to send yourself: it works once, and is shown only
        now, so copy it before leaving this page.
      </Text>
      <form onSubmit={submit} noValidate aria-labelledby="invite-title">
        <Group align="start" gap="sm">
          <TextInput
            label="Email address"
            type="email"
            autoComplete="off"
            w={320}
            maw="100%"
            required
            withAsterisk={false}
            {...form.getInputProps('email')}
          />
          <NativeSelect
            label="Role"
            w={160}
            data={[
              { value: 'MEMBER', label: 'Member' },
              { value: 'OWNER', label: 'Owner (can invite)' },
            ]}
            {...form.getInputProps('role')}
          />
          <Button type="submit" mt={25} loading={invite.isPending}>
            Create invitation
          </Button>
        </Group>
      </form>
      {invite.isError && (
        <Stack mt="sm">
          <ErrorState error={invite.error} shownFields={['email', 'role']} />
        </Stack>
      )}
      {issued.length > 0 && (
        <Stack gap="sm" mt="md" aria-live="polite">
          {issued.map((invitation) => (
            <IssuedInvitation key={invitation.id} invitation={invitation} workspaceName={workspace.name} />
          ))}
        </Stack>
      )}
    </Card>
  );
}

function IssuedInvitation({ invitation, workspaceName }: { invitation: Invitation; workspaceName: string }) {
  const link = invitationLink(window.location.origin, invitation);
  const id = `invitation-${invitation.id}`;
  return (
    <Paper withBorder p="md" radius="sm" component="section" aria-labelledby={`${id}-title`} data-testid="issued-invitation">
      <Stack gap="xs">
        <Title order={3} size="h5" id={`${id}-title`}>
          Invitation for {invitation.email}
        </Title>
        {invitation.emailed ? (
          <Text size="sm">
            Emailed to {invitation.email}: as {ROLE_LABELS[invitation.role].toLowerCase()} of {workspaceName}, valid until{' '}
            {formatWhen(invitation.expiresAt)}.
          </Text>
        ) : (
          <>
            <Text size="sm">
              As {ROLE_LABELS[invitation.role].toLowerCase()} of {workspaceName}, valid until {formatWhen(invitation.expiresAt)}.
              It was not emailed{invitation.notEmailedReason ? ` (${invitation.notEmailedReason.replace(/\.$/, '')})` : ''}:
              send this link to {invitation.email}:
            </Text>
            <Group gap="xs" align="end" wrap="nowrap">
              <TextInput
                id={id}
                label="Invitation link"
                readOnly
                value={link}
                flex={1}
                onFocus={(e) => e.currentTarget.select()}
              />
              <CopyButton value={link}>
                {({ copied, copy }) => (
                  <Button variant="default" onClick={copy} aria-live="polite">
                    {copied ? 'Copied ✓' : 'Copy link'}
                  </Button>
                )}
              </CopyButton>
            </Group>
          </>
        )}
      </Stack>
    </Paper>
  );
}
