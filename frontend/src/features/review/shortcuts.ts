import { useEffect, useRef } from 'react';

/** The review screen's keys, in the order the help panel lists them. */
export const SHORTCUTS = [
  { keys: ['j'], action: 'next', label: 'Next draft' },
  { keys: ['k'], action: 'previous', label: 'Previous draft' },
  { keys: ['a'], action: 'approve', label: 'Approve the draft (with your edits)' },
  { keys: ['r'], action: 'reject', label: 'Reject the draft, with a reason' },
  { keys: ['e'], action: 'edit', label: 'Edit: puts the cursor in the subject' },
  { keys: ['x'], action: 'select', label: 'Select or unselect the draft for bulk approval' },
  { keys: ['Shift', 'A'], action: 'bulk', label: 'Approve the selected drafts' },
  { keys: ['?'], action: 'help', label: 'Show or hide this help' },
] as const;

export type ShortcutAction = (typeof SHORTCUTS)[number]['action'];

/** Keys that only mean something while editing or rejecting. */
export const FIELD_KEYS = [
  { keys: ['Ctrl', 'Enter'], label: 'In the subject or body: approve with your edits' },
  { keys: ['Esc'], label: 'Leave the field or the rejection, back to the queue' },
  { keys: ['1', '–', '6'], label: 'In the rejection: pick a reason' },
] as const;

const NOT_TYPING = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file', 'image']);

/** True when a key pressed in `target` is text being typed (or a choice in a list box). */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !NOT_TYPING.has(target.type);
  return target.getAttribute('role') === 'combobox' || target.getAttribute('role') === 'textbox';
}

/** Which action a keydown asks for, or null (typing, a modifier, a held key, another key). */
export function shortcutFor(event: KeyboardEvent): ShortcutAction | null {
  if (event.defaultPrevented || event.isComposing || event.ctrlKey || event.metaKey || event.altKey) return null;
  if (isTypingTarget(event.target)) return null;
  switch (event.key) {
    case 'j':
      return 'next';
    case 'k':
      return 'previous';
    case '?':
      return 'help';
  }
  // A held key repeats: never approve, reject or toggle twice for one press.
  if (event.repeat) return null;
  switch (event.key) {
    case 'a':
      return 'approve';
    case 'A':
      return event.shiftKey ? 'bulk' : null;
    case 'r':
      return 'reject';
    case 'e':
      return 'edit';
    case 'x':
      return 'select';
    default:
      return null;
  }
}

/**
 * Listens on the document while `enabled`; the latest `onAction` always runs (no stale state),
 * and the key's default (typing "e" into the field it focuses) is prevented.
 */
export function useReviewShortcuts(enabled: boolean, onAction: (action: ShortcutAction) => void) {
  const handler = useRef(onAction);
  handler.current = onAction;
  useEffect(() => {
    if (!enabled) return undefined;
    function onKeyDown(event: KeyboardEvent) {
      const action = shortcutFor(event);
      if (!action) return;
      event.preventDefault();
      handler.current(action);
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
