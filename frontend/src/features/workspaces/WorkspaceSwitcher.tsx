import { Select } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { errorMessage } from '../../api/problem';
import { useSwitchWorkspace, useWorkspaces } from './workspaces';

/** The workspaces the user belongs to; choosing one switches every screen to it. */
export function WorkspaceSwitcher() {
  const workspaces = useWorkspaces();
  const switchTo = useSwitchWorkspace();
  const current = workspaces.data?.find((w) => w.current);
  const failed = workspaces.isError;

  return (
    <Select
      aria-label="Workspace"
      size="sm"
      w={{ base: 160, sm: 220 }}
      allowDeselect={false}
      checkIconPosition="right"
      placeholder={workspaces.isPending ? 'Loading…' : failed ? 'Unavailable' : 'Choose'}
      data={(workspaces.data ?? []).map((w) => ({
        value: w.id,
        label: w.role === 'OWNER' ? w.name : `${w.name} (member)`,
      }))}
      value={current?.id ?? null}
      disabled={!workspaces.data || workspaces.data.length < 2 || switchTo.isPending}
      error={failed ? errorMessage(workspaces.error) : undefined}
      onChange={(id) => {
        if (!id || id === current?.id) return;
        switchTo.mutate(id, {
          onSuccess: (session) =>
            notifications.show({ message: `Now working in ${session.workspaceName}`, color: 'green' }),
          onError: (error) =>
            notifications.show({ title: 'Could not switch workspace', message: errorMessage(error), color: 'red' }),
        });
      }}
    />
  );
}
