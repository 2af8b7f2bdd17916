import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeFetch, json, problem, renderApp } from '../../test/harness';
import { WorkspaceSwitcher } from './WorkspaceSwitcher';

const WORKSPACES = [
  { id: 'w-1', name: 'Acme', role: 'OWNER', current: true },
  { id: 'w-2', name: 'Globex', role: 'MEMBER', current: false },
];

describe('WorkspaceSwitcher', () => {
  it('shows the current workspace and switches to another', async () => {
    let current = 'w-1';
    const { fetch, calls } = fakeFetch({
      'GET /api/workspaces': () => json(200, WORKSPACES.map((w) => ({ ...w, current: w.id === current }))),
      'POST /api/auth/switch-workspace': (call) => {
        current = (call.body as { workspaceId: string }).workspaceId;
        return json(200, { userId: 'u-1', email: 'ada@example.com', workspaceId: current, workspaceName: 'Globex', role: 'MEMBER' });
      },
    });
    renderApp(<WorkspaceSwitcher />, { fetch });

    const select = await screen.findByRole('combobox', { name: 'Workspace' });
    await waitFor(() => expect(select).toHaveValue('Acme'));
    fireEvent.click(select);
    fireEvent.click(await screen.findByRole('option', { name: 'Globex (member)' }));

    expect(await screen.findByText('Now working in Globex')).toBeInTheDocument();
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.url).toBe('/api/auth/switch-workspace');
    expect(post?.body).toEqual({ workspaceId: 'w-2' });
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Workspace' })).toHaveValue('Globex (member)'));
  });

  it("says why the switch was refused and stays where it was", async () => {
    const { fetch } = fakeFetch({
      'GET /api/workspaces': () => json(200, WORKSPACES),
      'POST /api/auth/switch-workspace': () => problem(404, 'No such workspace'),
    });
    renderApp(<WorkspaceSwitcher />, { fetch });

    const select = await screen.findByRole('combobox', { name: 'Workspace' });
    await waitFor(() => expect(select).toHaveValue('Acme'));
    fireEvent.click(select);
    fireEvent.click(await screen.findByRole('option', { name: 'Globex (member)' }));

    expect(await screen.findByText('No such workspace')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Workspace' })).toHaveValue('Acme');
  });

  it('names the only workspace as text, with nothing to choose', async () => {
    const { fetch } = fakeFetch({ 'GET /api/workspaces': () => json(200, [WORKSPACES[0]]) });
    renderApp(<WorkspaceSwitcher />, { fetch });

    expect(await screen.findByTestId('workspace-name')).toHaveTextContent('Acme');
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
  });

  it('shows an answer it cannot read as an error, and lets nothing be chosen', async () => {
    const { fetch } = fakeFetch({ 'GET /api/workspaces': () => json(200, [{ id: 'w-1', name: 'Acme' }]) });
    renderApp(<WorkspaceSwitcher />, { fetch });

    expect(await screen.findByText(/was not understood/)).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Workspace' })).toBeDisabled();
  });
});
