/**
 * Outreach ends every draft with a compliance footer, from a "-- " line on (where the prospect's
 * data came from, their right to object, the unsubscribe link). campaign-service refuses an edit
 * that does not end with it unchanged, so the screen edits only the text above it and shows the
 * footer locked.
 */
export const FOOTER_MARK = '\n-- \n';

export interface SplitBody {
  /** What the reviewer may rewrite. */
  main: string;
  /** From the newline before "-- " to the end; empty when the draft has no footer. */
  footer: string;
}

export function splitFooter(body: string): SplitBody {
  const start = body.lastIndexOf(FOOTER_MARK);
  if (start < 0) return { main: body, footer: '' };
  return { main: body.slice(0, start), footer: body.slice(start) };
}

export function joinFooter(main: string, footer: string): string {
  return main + footer;
}

/** Common reasons to reject a draft, offered first; "Other" asks for the reviewer's words. */
export const REJECT_REASONS = [
  'Wrong person or company',
  'Not a fit for this campaign',
  'Tone or wording is off',
  'A fact in the email is wrong',
  'Already in contact with them',
] as const;
export const OTHER_REASON = 'Other';

/** The reason sent to the API: the chosen one, followed by the reviewer's words if any. */
export function rejectionReason(choice: string, details: string): string {
  const words = details.trim();
  if (choice === OTHER_REASON || choice === '') return words;
  return words ? `${choice}: ${words}` : choice;
}
