import { Button, CloseButton, Group, Kbd, Paper, Table, Text, Title } from '@mantine/core';
import { FIELD_KEYS, SHORTCUTS } from './shortcuts';

function Keys({ keys }: { keys: readonly string[] }) {
  return (
    <Group gap={4} wrap="nowrap">
      {keys.map((key) => (key === '–' ? <span key={key}>–</span> : <Kbd key={key}>{key}</Kbd>))}
    </Group>
  );
}

/** The one-line reminder always on screen, with the button that opens the full list. */
export function ShortcutHint({ open, onToggle }: { open: boolean; onToggle: () => void }) {
  return (
    <Group gap="xs" className="review-hint" wrap="wrap">
      <Text size="sm" c="dimmed" component="span">
        Keys: <Kbd>j</Kbd>/<Kbd>k</Kbd> move · <Kbd>a</Kbd> approve · <Kbd>r</Kbd> reject · <Kbd>e</Kbd> edit ·{' '}
        <Kbd>x</Kbd> select
      </Text>
      <Button
        variant="subtle"
        size="compact-sm"
        onClick={onToggle}
        aria-expanded={open}
        aria-controls="review-shortcuts"
        aria-keyshortcuts="?"
      >
        {open ? 'Hide shortcuts' : 'All shortcuts (?)'}
      </Button>
    </Group>
  );
}

/** The list of keys, shown with "?" or the hint's button; Esc or the close button hides it. */
export function ShortcutHelp({ onClose }: { onClose: () => void }) {
  return (
    <Paper withBorder p="md" id="review-shortcuts" component="section" aria-labelledby="review-shortcuts-title"
      className="review-help">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h5" id="review-shortcuts-title">
          Keyboard shortcuts
        </Title>
        <CloseButton aria-label="Close the keyboard shortcuts" onClick={onClose} />
      </Group>
      <Text size="sm" c="dimmed" mb="xs">
        They work anywhere on this screen except while you type in a field. After an approval or a rejection the
        next draft is shown.
      </Text>
      <div className="review-help-tables">
        <Table withRowBorders={false} verticalSpacing={4}>
          <Table.Tbody>
            {SHORTCUTS.map((s) => (
              <Table.Tr key={s.action}>
                <Table.Td w="1%">
                  <Keys keys={s.keys} />
                </Table.Td>
                <Table.Td>{s.label}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Table withRowBorders={false} verticalSpacing={4}>
          <Table.Tbody>
            {FIELD_KEYS.map((s) => (
              <Table.Tr key={s.label}>
                <Table.Td w="1%">
                  <Keys keys={s.keys} />
                </Table.Td>
                <Table.Td>{s.label}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </div>
    </Paper>
  );
}
