import { Checkbox, Group, Pagination, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import type { KeyboardEvent } from 'react';
import { recipientName, type ReviewDraft } from './reviewApi';

interface Props {
  /** The drafts of the shown page. */
  drafts: ReviewDraft[];
  currentId: string | null;
  selected: ReadonlySet<string>;
  pending: Readonly<Record<string, string>>;
  edited: ReadonlySet<string>;
  onOpen: (id: string) => void;
  onToggle: (id: string) => void;
  onMove: (delta: 1 | -1) => void;
  page: number;
  pages: number;
  onPage: (page: number) => void;
}

/** The queue: one row per draft (open it, select it); the current row is the one tab stop. */
export function DraftList({ drafts, currentId, selected, pending, edited, onOpen, onToggle, onMove, page, pages, onPage }: Props) {
  function onKeyDown(event: KeyboardEvent) {
    // Arrow keys move like j and k (a list's usual keys).
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      onMove(event.key === 'ArrowDown' ? 1 : -1);
    }
  }
  return (
    <section aria-label="Drafts waiting for review" className="review-list">
      <ol className="review-rows">
        {drafts.map((draft) => {
          const current = draft.id === currentId;
          const name = recipientName(draft);
          return (
            <li key={draft.id} className="review-row" data-current={current || undefined}>
              <Checkbox
                aria-label={`Select the email to ${name}`}
                checked={selected.has(draft.id)}
                onChange={() => onToggle(draft.id)}
                tabIndex={current ? 0 : -1}
                aria-keyshortcuts="x"
              />
              <UnstyledButton
                className="review-row-button"
                data-draft-row={draft.id}
                aria-current={current ? 'true' : undefined}
                tabIndex={current ? 0 : -1}
                onClick={() => onOpen(draft.id)}
                onKeyDown={onKeyDown}
              >
                <Group justify="space-between" wrap="nowrap" gap="xs">
                  <Text fw={600} size="sm" truncate>
                    {name}
                  </Text>
                  <span className="review-score" data-hot={draft.bant?.hot || undefined}>
                    <VisuallyHidden>{draft.bant?.hot ? 'hot lead, ' : ''}score </VisuallyHidden>
                    {draft.bantScore}
                  </span>
                </Group>
                <Text size="xs" c="dimmed" truncate>
                  {[draft.recipient.title, draft.recipient.companyName].filter(Boolean).join(' · ')}
                </Text>
                <Text size="xs" truncate>
                  {draft.subject}
                </Text>
                {(pending[draft.id] || edited.has(draft.id)) && (
                  <Text size="xs" c="blue.9" fw={600}>
                    {pending[draft.id] === 'approve'
                      ? 'Approving…'
                      : pending[draft.id] === 'reject'
                        ? 'Rejecting…'
                        : 'Edited, not approved yet'}
                  </Text>
                )}
              </UnstyledButton>
            </li>
          );
        })}
      </ol>
      {pages > 1 && (
        <Pagination
          size="sm"
          mt="sm"
          total={pages}
          value={page}
          onChange={onPage}
          getControlProps={(control) => ({ 'aria-label': `${control} page` })}
          getItemProps={(p) => ({ 'aria-label': `Page ${p}` })}
        />
      )}
    </section>
  );
}
