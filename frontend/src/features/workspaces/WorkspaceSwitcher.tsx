import { Select, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { errorMessage } from '../../api/problem';
import { useSwitchWorkspace, useWorkspaces } from './workspaces';

/** The notification's close button needs a name (axe-core: button-name). */
const CLOSE = { 'aria-label': 'Close the message' };

/** The workspaces the user belongs to; choosing one switches every screen to it. */
export function WorkspaceSwitcher() {
  const workspaces = useWorkspaces();
  const switchTo = useSwitchWorkspace();
  const current = workspaces.data?.find((w) => w.current);
  const failed = workspaces.isError;

  // One workspace: nothing to choose, so no control to puzzle over.
  if (workspaces.data && workspaces.data.length === 1 && current) {
    return (
      <Text size="sm" fw={500} data-testid="workspace-name">
        {current.name}
      </Text>
    );
  }

  return (
    <Select
      aria-label="Workspace"
      size="sm"
      w={200}
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
            notifications.show({ message: `Now working in ${session.workspaceName}`, color: 'green', closeButtonProps: CLOSE }),
          onError: (error) =>
            notifications.show({
              title: 'Could not switch workspace',
              message: <Text size="sm">{errorMessage(error)}</Text>,
              color: 'red',
              closeButtonProps: CLOSE,
            }),
        });
      }}
    />
  );
}
