import { Alert, Button, Checkbox, Group, List, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useApi } from '../../api/ApiContext';
import { ApiError } from '../../api/problem';
import type { CampaignView as Campaign } from '../campaigns/campaignApi';
import { EmptyState, ErrorState, LoadingState } from '../../components/states';
import { useCampaigns } from '../campaigns/queries';
import { DraftDetail, type EditState, type FieldErrors } from './DraftDetail';
import { DraftList } from './DraftList';
import { joinFooter, splitFooter } from './emailText';
import {
  approveDraft,
  BULK_MAX,
  bulkApprove,
  draftKeys,
  recipientName,
  rejectDraft,
  SUBJECT_MAX,
  usePendingDrafts,
  type BulkApproval,
  type ReviewDraft,
} from './reviewApi';
import { useReviewShortcuts, type ShortcutAction } from './shortcuts';
import { ShortcutHelp, ShortcutHint } from './ShortcutHelp';
import './review.css';

export const PAGE_SIZE = 20;

/** Screen 3 of the brief: the drafts of a campaign, each beside its prospect, reviewed by keyboard or mouse. */
export function ReviewQueuePage() {
  const campaigns = useCampaigns();
  const [params, setParams] = useSearchParams();
  const selected = params.get('campaignId') ?? '';

  // Without a choice in the address, review the first campaign.
  const firstId = campaigns.data?.[0]?.id;
  useEffect(() => {
    if (!selected && firstId) setParams({ campaignId: firstId }, { replace: true });
  }, [selected, firstId, setParams]);

  const drafts = usePendingDrafts(selected);
  const campaign = campaigns.data?.find((c) => c.id === selected);

  return (
    <Stack gap="md" className="review-page">
      <Group justify="space-between" align="end" wrap="wrap" gap="sm">
        <Title order={1}>Review queue</Title>
        <NativeSelect
          label="Campaign"
          className="review-campaign"
          value={selected}
          onChange={(e) => setParams({ campaignId: e.currentTarget.value })}
          disabled={!campaigns.data || campaigns.data.length === 0}
          data={(campaigns.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
        />
      </Group>
      {campaigns.isPending ? (
        <LoadingState label="Loading campaigns…" />
      ) : campaigns.isError ? (
        <ErrorState error={campaigns.error} onRetry={() => void campaigns.refetch()} />
      ) : campaigns.data.length === 0 ? (
        <EmptyState title="No campaign yet">
          Set a campaign up and launch it: the emails its agent drafts wait here for your approval.
        </EmptyState>
      ) : drafts.isPending ? (
        <LoadingState label="Loading drafts…" />
      ) : drafts.isError && !drafts.data ? (
        <ErrorState error={drafts.error} onRetry={() => void drafts.refetch()} />
      ) : (
        <>
          {drafts.isError && <ErrorState error={drafts.error} onRetry={() => void drafts.refetch()} />}
          <ReviewWorkspace key={selected} campaignId={selected} campaign={campaign} drafts={drafts.data ?? []}
            refreshing={drafts.isFetching} onRefresh={() => void drafts.refetch()} />
        </>
      )}
    </Stack>
  );
}

type Pending = 'approve' | 'reject';

interface Failure {
  draftId: string;
  name: string;
  action: Pending;
  error: unknown;
}

interface BulkOutcome {
  result: BulkApproval;
  names: Record<string, string>;
  skipped: string[];
}

function approvalBlocked(campaign: Campaign | undefined): string | null {
  if (!campaign || campaign.status === 'ACTIVE' || campaign.status === 'PAUSED') return null;
  return `This campaign is ${campaign.status}: only the drafts of an ACTIVE or PAUSED campaign can be approved. You can still reject them.`;
}

interface WorkspaceProps {
  campaignId: string;
  campaign: Campaign | undefined;
  drafts: ReviewDraft[];
  refreshing: boolean;
  onRefresh: () => void;
}

function ReviewWorkspace({ campaignId, campaign, drafts, refreshing, onRefresh }: WorkspaceProps) {
  const api = useApi();
  const queryClient = useQueryClient();
  const [currentId, setCurrentId] = useState<string | null>(drafts[0]?.id ?? null);
  const lastIndex = useRef(0);
  const [selectedIds, setSelectedIds] = useState<ReadonlySet<string>>(new Set());
  const [edits, setEdits] = useState<Record<string, EditState>>({});
  const [invalid, setInvalid] = useState<Record<string, FieldErrors>>({});
  const [pending, setPending] = useState<Record<string, Pending>>({});
  const inFlight = useRef(new Set<string>());
  const [rejecting, setRejecting] = useState<string | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState<Failure | null>(null);
  const [bulkPending, setBulkPending] = useState(false);
  const bulkInFlight = useRef(false);
  const [bulkOutcome, setBulkOutcome] = useState<BulkOutcome | null>(null);
  const [bulkError, setBulkError] = useState<unknown>(null);
  /** Where keyboard focus goes once rendered: a draft's row, or the empty queue ('done'). */
  const focusRow = useRef<string | null>(null);
  const subjectRef = useRef<HTMLInputElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);

  // The current draft: the one chosen, or (once it left the queue) the one now at its place.
  const found = drafts.findIndex((d) => d.id === currentId);
  const index = found >= 0 ? found : Math.min(lastIndex.current, drafts.length - 1);
  if (index >= 0) lastIndex.current = index;
  const current = index >= 0 ? drafts[index] : undefined;
  const pages = Math.max(1, Math.ceil(drafts.length / PAGE_SIZE));
  const page = index >= 0 ? Math.floor(index / PAGE_SIZE) + 1 : 1;
  const shown = drafts.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const ids = useMemo(() => new Set(drafts.map((d) => d.id)), [drafts]);
  const selected = useMemo(() => new Set([...selectedIds].filter((id) => ids.has(id))), [selectedIds, ids]);
  const blocked = approvalBlocked(campaign);
  // What an answer arriving later must see: the queue and the current draft as they are then.
  const live = useRef({ drafts, index, current });
  live.current = { drafts, index, current };

  const split = useMemo(() => new Map(drafts.map((d) => [d.id, splitFooter(d.body)])), [drafts]);
  const editOf = (draft: ReviewDraft): EditState =>
    edits[draft.id] ?? { subject: draft.subject, main: split.get(draft.id)?.main ?? draft.body };
  const isEdited = (draft: ReviewDraft) => {
    const e = edits[draft.id];
    return e !== undefined && (e.subject !== draft.subject || e.main !== split.get(draft.id)?.main);
  };
  const edited = new Set(drafts.filter(isEdited).map((d) => d.id));

  // After a move or a decision, focus follows the current draft's row (when asked to).
  // The wanted element may appear a render later (the queue's cache is updated after the choice).
  useEffect(() => {
    const wanted = focusRow.current;
    if (wanted === null) return;
    const target =
      wanted === 'done'
        ? document.getElementById('review-done')
        : rootRef.current?.querySelector<HTMLElement>(`[data-draft-row="${CSS.escape(wanted)}"]`);
    if (!target) {
      // A row that left the queue meanwhile is not waited for.
      if (wanted !== 'done' && !ids.has(wanted)) focusRow.current = null;
      return;
    }
    focusRow.current = null;
    target.focus();
  });

  function open(id: string, focus = true) {
    setCurrentId(id);
    setRejecting(null);
    focusRow.current = focus ? id : null;
  }

  function move(delta: 1 | -1) {
    if (index < 0) return;
    const next = drafts[index + delta];
    if (!next) {
      setStatus(delta > 0 ? 'This is the last draft.' : 'This is the first draft.');
      return;
    }
    open(next.id);
  }

  function forget(id: string) {
    setSelectedIds((s) => {
      const copy = new Set(s);
      copy.delete(id);
      return copy;
    });
    setEdits(({ [id]: _dropped, ...rest }) => rest);
    setInvalid(({ [id]: _dropped, ...rest }) => rest);
  }

  /** Removes decided drafts from the queue and says what is next. */
  function decided(removed: string[], message: string) {
    const { drafts, index, current } = live.current;
    const gone = new Set(removed);
    const remaining = drafts.filter((d) => !gone.has(d.id));
    queryClient.setQueryData<ReviewDraft[]>(draftKeys.pending(campaignId), (list) =>
      list?.filter((d) => !gone.has(d.id)),
    );
    removed.forEach(forget);
    let next = '';
    if (current && gone.has(current.id)) {
      // The next draft takes the decided one's place; keyboard focus goes to it.
      const successor = remaining[Math.min(index, remaining.length - 1)];
      setCurrentId(successor?.id ?? null);
      setRejecting(null);
      focusRow.current = successor?.id ?? 'done';
      next = successor
        ? ` Next: ${recipientName(successor)}, ${Math.min(index, remaining.length - 1) + 1} of ${remaining.length}.`
        : ' No draft left to review.';
    }
    setStatus(`${message}${next}`);
    void queryClient.invalidateQueries({ queryKey: ['campaigns'] });
  }

  function failed(draft: ReviewDraft, action: Pending, error: unknown) {
    setFailure({ draftId: draft.id, name: recipientName(draft), action, error });
    setStatus('');
    if (error instanceof ApiError && (error.status === 409 || error.status === 404 || error.status === 0)) {
      // Decided elsewhere, gone, or unknown: the queue as the server has it now.
      void queryClient.invalidateQueries({ queryKey: draftKeys.pending(campaignId) });
    }
  }

  async function decide(draft: ReviewDraft, action: Pending, run: () => Promise<unknown>, done: string) {
    if (inFlight.current.has(draft.id)) return;
    inFlight.current.add(draft.id);
    setPending((p) => ({ ...p, [draft.id]: action }));
    setFailure(null);
    setStatus(action === 'approve' ? `Approving the email to ${recipientName(draft)}…` : `Rejecting the email to ${recipientName(draft)}…`);
    try {
      await run();
      decided([draft.id], done);
    } catch (error) {
      failed(draft, action, error);
    } finally {
      inFlight.current.delete(draft.id);
      setPending(({ [draft.id]: _done, ...rest }) => rest);
    }
  }

  function approve(draft: ReviewDraft) {
    if (inFlight.current.has(draft.id)) return;
    const edit = editOf(draft);
    const errors: FieldErrors = {};
    if (!edit.subject.trim()) errors.subject = 'The subject is required.';
    else if (edit.subject.length > SUBJECT_MAX) errors.subject = `At most ${SUBJECT_MAX} characters.`;
    if (!edit.main.trim()) errors.body = 'The email needs some text.';
    if (errors.subject || errors.body) {
      setInvalid((all) => ({ ...all, [draft.id]: errors }));
      setStatus('');
      if (draft.id === current?.id) {
        const field = errors.subject ? subjectRef.current : rootRef.current?.querySelector('textarea');
        field?.focus();
      }
      return;
    }
    const body = joinFooter(edit.main, split.get(draft.id)?.footer ?? '');
    const change = isEdited(draft) ? { subject: edit.subject, body } : null;
    const name = recipientName(draft);
    void decide(draft, 'approve', () => approveDraft(api, draft.id, change),
      change ? `Approved your edited email to ${name}.` : `Approved the email to ${name}.`);
  }

  function reject(draft: ReviewDraft, reason: string) {
    void decide(draft, 'reject', () => rejectDraft(api, draft.id, reason), `Rejected the email to ${recipientName(draft)}.`);
  }

  function toggle(id: string) {
    setSelectedIds((s) => {
      const copy = new Set([...s].filter((x) => ids.has(x)));
      if (copy.has(id)) copy.delete(id);
      else copy.add(id);
      return copy;
    });
  }

  const pageIds = shown.map((d) => d.id);
  const pageSelected = pageIds.filter((id) => selected.has(id)).length;
  function togglePage() {
    setSelectedIds((s) => {
      const copy = new Set([...s].filter((x) => ids.has(x)));
      if (pageSelected === pageIds.length) pageIds.forEach((id) => copy.delete(id));
      else pageIds.forEach((id) => copy.add(id));
      return copy;
    });
  }

  // Edited drafts are approved one by one (with their edit); bulk approval sends drafts as drafted.
  const bulkIds = drafts.filter((d) => selected.has(d.id) && !edited.has(d.id) && !pending[d.id]).map((d) => d.id);
  const bulkSkipped = drafts.filter((d) => selected.has(d.id) && edited.has(d.id));

  async function approveSelected() {
    if (bulkInFlight.current || bulkIds.length === 0 || bulkIds.length > BULK_MAX) return;
    bulkInFlight.current = true;
    setBulkPending(true);
    setBulkError(null);
    setBulkOutcome(null);
    setFailure(null);
    const names = Object.fromEntries(drafts.map((d) => [d.id, recipientName(d)]));
    const skipped = bulkSkipped.map((d) => recipientName(d));
    setStatus(`Approving ${bulkIds.length} selected email${bulkIds.length === 1 ? '' : 's'}…`);
    try {
      const result = await bulkApprove(api, bulkIds);
      const approved = result.results.filter((r) => r.result === 'APPROVED').map((r) => r.id);
      const refused = result.results.length - approved.length;
      setBulkOutcome({ result, names, skipped });
      decided(approved, `Bulk approval: ${approved.length} approved${refused ? `, ${refused} not approved (see the results)` : ''}.`);
      if (refused) void queryClient.invalidateQueries({ queryKey: draftKeys.pending(campaignId) });
    } catch (error) {
      setBulkError(error);
      setStatus('');
      void queryClient.invalidateQueries({ queryKey: draftKeys.pending(campaignId) });
    } finally {
      bulkInFlight.current = false;
      setBulkPending(false);
    }
  }

  function onShortcut(action: ShortcutAction) {
    switch (action) {
      case 'next':
        return move(1);
      case 'previous':
        return move(-1);
      case 'help':
        return setHelpOpen((o) => !o);
      case 'bulk':
        return void approveSelected();
    }
    if (!current) return;
    switch (action) {
      case 'approve':
        return approve(current);
      case 'reject':
        if (pending[current.id]) return;
        setRejecting(current.id);
        return;
      case 'edit':
        subjectRef.current?.focus();
        return;
      case 'select': {
        const on = !selected.has(current.id);
        toggle(current.id);
        const count = selected.size + (on ? 1 : -1);
        setStatus(`${on ? 'Selected' : 'Unselected'} the email to ${recipientName(current)}: ${count} selected.`);
        return;
      }
    }
  }
  useReviewShortcuts(rejecting === null, onShortcut);

  // Esc closes the help (when not in a field or a rejection, which handle Esc themselves).
  useEffect(() => {
    if (!helpOpen) return undefined;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented) setHelpOpen(false);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [helpOpen]);

  // The rejection form opens on its first reason.
  useEffect(() => {
    if (rejecting) document.getElementById('reject-reason-1')?.focus();
  }, [rejecting]);

  const failureShown = failure && (
    <Alert color="red" variant="light" role="alert" title={failureTitle(failure)} data-testid="review-failure"
      withCloseButton closeButtonLabel="Dismiss" onClose={() => setFailure(null)}>
      <Text size="sm">{failureText(failure)}</Text>
      {failure.error instanceof ApiError && failure.error.status > 0 && (
        <Text size="xs" c="dimmed">HTTP {failure.error.status}</Text>
      )}
    </Alert>
  );
  const serverFieldErrors: FieldErrors =
    failure && current && failure.draftId === current.id && failure.error instanceof ApiError
      ? failure.error.fieldErrors()
      : {};

  return (
    <div ref={rootRef} className="review-workspace">
      <ShortcutHint open={helpOpen} onToggle={() => setHelpOpen((o) => !o)} />
      {helpOpen && <ShortcutHelp onClose={() => setHelpOpen(false)} />}
      {blocked && drafts.length > 0 && (
        <Alert color="orange" variant="light" title="Approvals are off for this campaign">
          {blocked}
        </Alert>
      )}
      <Text role="status" aria-live="polite" size="sm" className="review-status" data-testid="review-status">
        {status}
      </Text>
      {failureShown}
      {bulkError !== null && (
        <ErrorState error={bulkError} />
      )}
      {bulkOutcome && <BulkResults outcome={bulkOutcome} onClose={() => setBulkOutcome(null)} />}
      {drafts.length === 0 ? (
        <EmptyState
          title="No draft waiting for review"
          action={
            <Button variant="default" onClick={onRefresh} loading={refreshing}>
              Check again
            </Button>
          }
        >
          <span id="review-done" tabIndex={-1}>
            Every email of this campaign has been decided. New drafts appear here as the agent writes them.
          </span>
        </EmptyState>
      ) : (
        <>
          <Group justify="space-between" className="review-toolbar" gap="sm">
            <Group gap="md">
              <Checkbox
                label={`Select all on this page (${pageIds.length})`}
                checked={pageSelected > 0 && pageSelected === pageIds.length}
                indeterminate={pageSelected > 0 && pageSelected < pageIds.length}
                onChange={togglePage}
              />
              <Text size="sm" c="dimmed">
                {drafts.length} waiting{selected.size > 0 ? ` · ${selected.size} selected` : ''}
              </Text>
            </Group>
            <Group gap="sm">
              <Button variant="default" size="sm" onClick={onRefresh} loading={refreshing}>
                Refresh
              </Button>
              <Button size="sm" onClick={() => void approveSelected()} loading={bulkPending}
                disabled={bulkPending || bulkIds.length === 0 || bulkIds.length > BULK_MAX}
                aria-keyshortcuts="Shift+A">
                Approve selected ({bulkIds.length})
              </Button>
            </Group>
          </Group>
          {(bulkSkipped.length > 0 || bulkIds.length > BULK_MAX) && (
            <Text size="sm" c="dimmed">
              {bulkSkipped.length > 0 &&
                `Not in the bulk approval: ${bulkSkipped.map(recipientName).join(', ')} (edited; approve ${bulkSkipped.length === 1 ? 'it' : 'each'} on its own to send your edit). `}
              {bulkIds.length > BULK_MAX && `At most ${BULK_MAX} drafts at once: unselect ${bulkIds.length - BULK_MAX}.`}
            </Text>
          )}
          <div className="review-layout">
            <DraftList drafts={shown} currentId={current?.id ?? null} selected={selected} pending={pending}
              edited={edited} onOpen={(id) => open(id)} onToggle={toggle} onMove={move} page={page} pages={pages}
              onPage={(p) => {
                const first = drafts[(p - 1) * PAGE_SIZE];
                if (first) open(first.id, false);
              }} />
            {current && (
              <DraftDetail
                key={current.id}
                draft={current}
                footer={split.get(current.id)?.footer ?? ''}
                edit={editOf(current)}
                edited={edited.has(current.id)}
                fieldErrors={{ ...serverFieldErrors, ...invalid[current.id] }}
                pending={pending[current.id]}
                rejecting={rejecting === current.id}
                position={`${index + 1} of ${drafts.length}`}
                subjectRef={subjectRef}
                onChange={(edit) => {
                  setEdits((all) => ({ ...all, [current.id]: edit }));
                  setInvalid(({ [current.id]: _dropped, ...rest }) => rest);
                }}
                onReset={() => setEdits(({ [current.id]: _dropped, ...rest }) => rest)}
                onApprove={() => approve(current)}
                onStartReject={() => setRejecting(current.id)}
                onCancelReject={() => {
                  setRejecting(null);
                  focusRow.current = current.id;
                }}
                onReject={(reason) => reject(current, reason)}
                onLeaveField={() => {
                  focusRow.current = current.id;
                  setStatus('Back to the queue: the shortcuts work again.');
                }}
              />
            )}
          </div>
        </>
      )}
    </div>
  );
}

function failureTitle(failure: Failure): string {
  const verb = failure.action === 'approve' ? 'approved' : 'rejected';
  const error = failure.error;
  if (error instanceof ApiError) {
    if (error.status === 409) return `Not ${verb}: the draft was already decided, or cannot be ${verb} now`;
    if (error.status === 404) return `Not ${verb}: the draft no longer exists`;
    if (error.status === 400) return `Not ${verb}: the email is not valid`;
    if (error.status === 0) return `No answer: the email may or may not be ${verb}`;
  }
  return `The email to ${failure.name} was not ${verb}`;
}

function failureText(failure: Failure): string {
  const error = failure.error;
  const detail = (error instanceof ApiError ? error.problem.detail : error instanceof Error ? error.message : '').replace(/\.$/, '');
  if (error instanceof ApiError && error.status === 409) {
    return `The email to ${failure.name}: ${detail}. Someone else (or another tab) may have decided it; the queue has been refreshed.`;
  }
  if (error instanceof ApiError && error.status === 0) {
    return `${detail}. The queue has been refreshed: if the email to ${failure.name} is still there, try again (it is decided once however often you press).`;
  }
  return `The email to ${failure.name}: ${detail}.`;
}

function BulkResults({ outcome, onClose }: { outcome: BulkOutcome; onClose: () => void }) {
  const { result, names, skipped } = outcome;
  const refused = result.results.length - result.approved;
  return (
    <Alert color={refused ? 'orange' : 'green'} variant="light" withCloseButton closeButtonLabel="Dismiss"
      onClose={onClose} title={`Bulk approval: ${result.approved} of ${result.results.length} approved`}
      data-testid="bulk-results">
      <List size="sm" spacing={2}>
        {result.results.map((item) => (
          <List.Item key={item.id}>
            <strong>{names[item.id] ?? item.id}</strong>:{' '}
            {item.result === 'APPROVED'
              ? 'approved'
              : item.result === 'NOT_FOUND'
                ? `not found${item.detail ? ` (${item.detail})` : ''}`
                : `not approved: ${item.detail ?? 'refused'}`}
          </List.Item>
        ))}
        {skipped.map((name) => (
          <List.Item key={`skipped-${name}`}>
            <strong>{name}</strong>: not sent in the bulk approval (it has your edits)
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
