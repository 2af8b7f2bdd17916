import { Badge, Button, Group, Kbd, Progress, Radio, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useState, type KeyboardEvent, type RefObject } from 'react';
import { OTHER_REASON, REJECT_REASONS, rejectionReason } from './emailText';
import { errorMessage } from '../../api/problem';
import { REASON_MAX, recipientName, SUBJECT_MAX, useReviewProspect, type Bant, type ReviewDraft } from './reviewApi';

export interface EditState {
  subject: string;
  /** The body above the compliance footer. */
  main: string;
}

export interface FieldErrors {
  subject?: string | undefined;
  body?: string | undefined;
}

interface Props {
  draft: ReviewDraft;
  footer: string;
  edit: EditState;
  edited: boolean;
  fieldErrors: FieldErrors;
  pending: 'approve' | 'reject' | undefined;
  rejecting: boolean;
  position: string;
  subjectRef: RefObject<HTMLInputElement | null>;
  onChange: (edit: EditState) => void;
  onReset: () => void;
  onApprove: () => void;
  onStartReject: () => void;
  onCancelReject: () => void;
  onReject: (reason: string) => void;
  /** Esc in a field: back to the queue, where the shortcuts work. */
  onLeaveField: () => void;
}

const CRITERIA = [
  ['budget', 'Budget'],
  ['authority', 'Authority'],
  ['need', 'Need'],
  ['timeline', 'Timeline'],
] as const;

const DECISIONS: Record<string, { label: string; color: string }> = {
  QUALIFIED: { label: 'Qualified', color: 'green' },
  REVIEW: { label: 'To review', color: 'yellow' },
  REJECTED: { label: 'Rejected', color: 'red' },
};

/** The draft beside its prospect: who, the BANT score with each criterion's reason, and the email. */
export function DraftDetail(props: Props) {
  const { draft } = props;
  const name = recipientName(draft);
  const headingId = `review-draft-${draft.id}`;
  return (
    <article className="review-detail" aria-labelledby={headingId} data-draft-id={draft.id}>
      <header className="review-detail-header">
        <div>
          <Title order={2} size="h3" id={headingId}>
            {name}
          </Title>
          <Text size="sm" c="dimmed" data-testid="review-recipient">
            {[draft.recipient.title, draft.recipient.companyName].filter(Boolean).join(' at ')}
            {' · '}
            <span data-testid="review-recipient-email">{draft.recipient.email}</span>
          </Text>
        </div>
        <Stack gap={6} align="flex-end" className="review-detail-side">
          <Text size="sm" c="dimmed">
            {props.position}
          </Text>
          {!props.rejecting && <Actions {...props} />}
        </Stack>
      </header>
      {props.rejecting && (
        <RejectForm name={name} pending={props.pending === 'reject'} onCancel={props.onCancelReject}
          onReject={props.onReject} />
      )}
      <div className="review-detail-body">
        <EmailEditor {...props} />
        <ProspectContext draft={draft} />
      </div>
    </article>
  );
}

function ProspectContext({ draft }: { draft: ReviewDraft }) {
  const bant = draft.bant ?? null;
  const decision = bant ? (DECISIONS[bant.decision] ?? { label: bant.decision, color: 'gray' }) : null;
  return (
    <section className="review-context" aria-labelledby={`review-context-${draft.id}`}>
      <Title order={3} size="h5" id={`review-context-${draft.id}`}>
        Why this prospect
      </Title>
      <Group gap="xs" my="xs">
        <Text fw={700} size="xl" aria-label={`BANT score ${draft.bantScore}`}>
          {draft.bantScore}
          <Text span size="sm" c="dimmed" fw={400} aria-hidden="true">
            {' '}
            / 100 BANT
          </Text>
        </Text>
        {decision && bant && (
          <Badge color={decision.color} variant="dot" size="lg">
            {decision.label} (threshold {bant.threshold})
          </Badge>
        )}
        {bant?.hot && (
          <Badge color="red" variant="dot" size="lg">
            Hot lead
          </Badge>
        )}
        {bant && !bant.contactable && (
          <Badge color="orange" variant="dot" size="lg">
            Not contactable
          </Badge>
        )}
      </Group>
      <ProspectFacts prospectId={draft.prospectId} />
      {bant ? <Criteria bant={bant} /> : (
        <Text size="sm" c="dimmed">
          The qualifier's breakdown for this prospect is not known to campaign-service: only the total score is
          shown.
        </Text>
      )}
      <Text size="xs" c="dimmed" mt="sm">
        Buying signals: the review API does not return them yet; the reasons above cite the ones the qualifier
        used.
      </Text>
    </section>
  );
}

const SOURCES: Record<string, string> = { DEMO: 'the demo directory', ROCKETREACH: 'RocketReach', CSV: 'an uploaded CSV file' };

/** The prospect's time of day, so the reviewer knows when the email will land. */
function localTime(timeZone: string, now: Date): string | null {
  try {
    return new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit' }).format(now);
  } catch {
    return null;
  }
}

/** Industry, web site, time zone and source, from the prospect record (a second request). */
function ProspectFacts({ prospectId }: { prospectId: string }) {
  const prospect = useReviewProspect(prospectId);
  if (prospect.isPending) {
    return (
      <Text size="xs" c="dimmed" mb="xs">
        Loading the prospect's details…
      </Text>
    );
  }
  if (prospect.isError) {
    return (
      <Text size="xs" c="dimmed" mb="xs" data-testid="prospect-facts-error">
        The prospect's details could not be loaded ({errorMessage(prospect.error)}).
      </Text>
    );
  }
  const { person, source } = prospect.data;
  const time = person.timeZone ? localTime(person.timeZone, new Date()) : null;
  const facts: [string, string][] = [];
  if (person.industry) facts.push(['Industry', person.industry]);
  if (person.companyDomain) facts.push(['Web site', person.companyDomain]);
  if (person.timeZone) facts.push(['Time zone', time ? `${person.timeZone} (${time} there now)` : person.timeZone]);
  if (source) facts.push(['Found in', SOURCES[source] ?? source]);
  if (facts.length === 0) return null;
  return (
    <dl className="review-facts" data-testid="prospect-facts">
      {facts.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function Criteria({ bant }: { bant: Bant }) {
  return (
    <dl className="review-criteria">
      {CRITERIA.map(([key, label]) => {
        const c = bant[key];
        return (
          <div key={key} className="review-criterion">
            <dt>
              <Group justify="space-between" gap="xs">
                <Text size="sm" fw={600} span>
                  {label}
                </Text>
                <Text size="sm" span>
                  {c.score}
                </Text>
              </Group>
              <Progress value={c.score} size="sm" aria-label={`${label}: ${c.score} out of 100`} />
            </dt>
            <dd>
              <Text size="sm">{c.reason || 'No reason given.'}</Text>
            </dd>
          </div>
        );
      })}
    </dl>
  );
}

function Actions(props: Props) {
  const { pending } = props;
  const busy = pending !== undefined;
  return (
    <Group gap="xs" className="review-actions" wrap="nowrap">
      <Button onClick={props.onApprove} loading={pending === 'approve'} disabled={busy} aria-keyshortcuts="a">
        {props.edited ? 'Approve with edits' : 'Approve'}
        <Kbd ml="xs" size="xs" aria-hidden="true">a</Kbd>
      </Button>
      <Button variant="outline" color="red.9" onClick={props.onStartReject} disabled={busy}
        loading={pending === 'reject'} aria-keyshortcuts="r">
        Reject…
        <Kbd ml="xs" size="xs" aria-hidden="true">r</Kbd>
      </Button>
    </Group>
  );
}

function EmailEditor(props: Props) {
  const { edit, fieldErrors, pending } = props;
  const busy = pending !== undefined;

  function onFieldKeyDown(event: KeyboardEvent) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      props.onApprove();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      props.onLeaveField();
    }
  }

  return (
    <section className="review-email" aria-label="Email">
      <Stack gap="sm">
        <TextInput
          ref={props.subjectRef}
          label="Subject"
          value={edit.subject}
          onChange={(e) => props.onChange({ ...edit, subject: e.currentTarget.value })}
          onKeyDown={onFieldKeyDown}
          error={fieldErrors.subject}
          disabled={busy}
          aria-keyshortcuts="e"
        />
        <Textarea
          label="Body"
          value={edit.main}
          onChange={(e) => props.onChange({ ...edit, main: e.currentTarget.value })}
          onKeyDown={onFieldKeyDown}
          error={fieldErrors.body}
          autosize
          minRows={6}
          maxRows={12}
          disabled={busy}
        />
        {props.footer && (
          <details className="review-footer">
            <summary>
              <Text size="xs" span fw={600}>
                Compliance footer, added below and kept unchanged
              </Text>
              <Text size="xs" span c="dimmed">
                {' '}
                (where the data came from, the right to object, the unsubscribe link)
              </Text>
            </summary>
            <Text size="xs" c="dimmed" className="review-footer-text">
              {props.footer.replace(/^\n/, '')}
            </Text>
          </details>
        )}
        <Group gap="xs" justify="space-between">
          <Text size="xs" c="dimmed">
            {edit.subject.length} / {SUBJECT_MAX} characters in the subject · <Kbd size="xs">Ctrl</Kbd>+
            <Kbd size="xs">Enter</Kbd> approves from a field, <Kbd size="xs">Esc</Kbd> leaves it
          </Text>
          {props.edited && (
            <Button variant="subtle" size="compact-sm" onClick={props.onReset} disabled={busy}>
              Undo edits
            </Button>
          )}
        </Group>
      </Stack>
    </section>
  );
}

interface RejectProps {
  name: string;
  pending: boolean;
  onCancel: () => void;
  onReject: (reason: string) => void;
}

/** Why the draft is rejected: a common reason (keys 1 to 6) and, or only, the reviewer's words. */
function RejectForm({ name, pending, onCancel, onReject }: RejectProps) {
  const [choice, setChoice] = useState('');
  const [details, setDetails] = useState('');
  const [error, setError] = useState<string | null>(null);
  const options = [...REJECT_REASONS, OTHER_REASON];

  function submit() {
    if (pending) return;
    const reason = rejectionReason(choice, details);
    if (!reason) {
      setError(choice === OTHER_REASON ? 'Write the reason.' : 'Choose a reason or write one.');
      return;
    }
    if (reason.length > REASON_MAX) {
      setError(`The reason is too long (${reason.length} characters; at most ${REASON_MAX}).`);
      return;
    }
    onReject(reason);
  }
  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    const inText = event.target instanceof HTMLTextAreaElement;
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    } else if (event.key === 'Enter' && (!inText || event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      submit();
    } else if (!inText && /^[1-6]$/.test(event.key)) {
      event.preventDefault();
      const picked = options[Number(event.key) - 1] ?? '';
      setChoice(picked);
      setError(null);
      document.getElementById(`reject-reason-${Number(event.key)}`)?.focus();
    }
  }

  return (
    <form className="review-reject" onSubmit={(e) => { e.preventDefault(); submit(); }} onKeyDown={onKeyDown}
      noValidate aria-label={`Reject the email to ${name}`}>
      <Stack gap="sm">
        <Radio.Group
          label="Why reject this email?"
          description="Keys 1 to 6 pick a reason; Enter rejects; Esc cancels."
          value={choice}
          onChange={(value) => { setChoice(value); setError(null); }}
          error={error}
        >
          <div className="review-reasons">
            {options.map((option, i) => (
              <Radio key={option} id={`reject-reason-${i + 1}`} value={option} label={`${i + 1}. ${option}`}
                data-autofocus={i === 0 || undefined} />
            ))}
          </div>
        </Radio.Group>
        <Textarea
          label={choice === OTHER_REASON ? 'Reason' : 'Details (optional)'}
          value={details}
          onChange={(e) => { setDetails(e.currentTarget.value); setError(null); }}
          autosize
          minRows={2}
          maxRows={5}
          maxLength={REASON_MAX}
        />
        <Group gap="sm">
          <Button type="submit" color="red.9" loading={pending} disabled={pending}>
            Reject the email
          </Button>
          <Button variant="default" onClick={onCancel} disabled={pending}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
