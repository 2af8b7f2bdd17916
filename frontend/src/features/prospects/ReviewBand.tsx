import { Alert, Anchor, Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { ApiError } from '../../api/problem';
import { EmptyState, ErrorState, LoadingState } from '../../components/states';
import { BantBreakdown } from './BantBreakdown';
import { fullName } from './ProspectList';
import {
  REVIEW_PAGE_SIZE,
  useProspectReader,
  useReviewBand,
  useReviewDecision,
  type Prospect,
  type ProspectCampaign,
  type ReviewAction,
} from './prospectsApi';

const MAX_REASON = 1000;

interface Props {
  campaignId: string | null;
  campaigns: ProspectCampaign[];
}

interface Notice {
  id: string;
  tone: 'done' | 'conflict';
  text: string;
}

/**
 * The prospects the qualifier could not decide (a score within the review band around the
 * threshold), each with its breakdown, for a human to qualify or reject. A decision takes the
 * prospect out of the band at once; it comes back with the problem if the decision is refused,
 * and a prospect someone else decided first is explained, not put back.
 */
export function ReviewBand({ campaignId, campaigns }: Props) {
  const [cursors, setCursors] = useState<string[]>([]);
  const [after, setAfter] = useState<string | null>(null);
  const band = useReviewBand(campaignId, after);
  const decision = useReviewDecision();
  const readProspect = useProspectReader();
  const [decided, setDecided] = useState<ReadonlySet<string>>(new Set());
  const [errors, setErrors] = useState<Record<string, unknown>>({});
  const [notices, setNotices] = useState<Notice[]>([]);

  // Another campaign: from the first page again.
  const [shownFor, setShownFor] = useState(campaignId);
  if (shownFor !== campaignId) {
    setShownFor(campaignId);
    setCursors([]);
    setAfter(null);
  }

  const notify = (notice: Notice) => setNotices((list) => [notice, ...list.filter((n) => n.id !== notice.id)].slice(0, 5));

  function decide(prospect: Prospect, action: ReviewAction, reason: string) {
    const name = fullName(prospect);
    setDecided((set) => new Set(set).add(prospect.id));
    setErrors(({ [prospect.id]: _dropped, ...rest }) => rest);
    decision.mutate(
      { id: prospect.id, action, reason },
      {
        onSuccess: () =>
          notify({
            id: prospect.id,
            tone: 'done',
            text:
              action === 'qualify'
                ? `${name} qualified: a first email will be drafted for your review.`
                : `${name} rejected: they will not be emailed.`,
          }),
        onError: async (error) => {
          const status = error instanceof ApiError ? error.status : 0;
          const now = status === 409 || status === 404 ? await readProspect(prospect.id) : undefined;
          if (status === 404 || (now && (now.review || now.status !== 'REVIEW'))) {
            notify({ id: prospect.id, tone: 'conflict', text: decidedElsewhere(name, now) });
            return;
          }
          setDecided((set) => {
            const next = new Set(set);
            next.delete(prospect.id);
            return next;
          });
          setErrors((all) => ({ ...all, [prospect.id]: error }));
        },
      },
    );
  }

  const weightsOf = (id: string) => campaigns.find((c) => c.id === id)?.qualification.weights ?? null;
  const visible = band.data?.items.filter((p) => !decided.has(p.id)) ?? [];

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed" maw={760}>
        The qualifier could not decide these prospects: their score is within the review band around their
        campaign's threshold. Qualify one and a first email is drafted for your review; reject one and it is never
        emailed.
      </Text>
      <div aria-live="polite" className="review-notices">
        {notices.map((n) => (
          <Alert
            key={n.id}
            color={n.tone === 'done' ? 'green' : 'yellow'}
            variant="light"
            title={n.tone === 'done' ? undefined : 'Already decided'}
            withCloseButton
            closeButtonLabel="Dismiss"
            onClose={() => setNotices((list) => list.filter((x) => x.id !== n.id))}
            mb="xs"
          >
            {n.text}
          </Alert>
        ))}
      </div>
      {band.isPending ? (
        <LoadingState label="Loading the review band…" />
      ) : band.isError && !band.data ? (
        <ErrorState error={band.error} onRetry={() => void band.refetch()} />
      ) : (
        <>
          {band.isError && <ErrorState error={band.error} onRetry={() => void band.refetch()} />}
          {visible.length === 0 ? (
            <EmptyState
              title={
                band.data?.next && band.data.items.length === 0
                  ? 'None found yet'
                  : after
                    ? 'Nothing more on this page'
                    : 'No prospect waits for review'
              }
            >
              {band.data?.next && band.data.items.length === 0
                ? 'None of the prospects searched so far waits for review; the list goes on: the next page searches on.'
                : after
                  ? 'Every prospect of this page is decided. Go on to the next page or back to the first.'
                  : 'Prospects scored close to the threshold wait here; the others are qualified or rejected on their own.'}
            </EmptyState>
          ) : (
            <ol className="review-band" aria-label="Prospects waiting for review">
              {visible.map((p) => (
                <li key={p.id}>
                  <ReviewCard
                    prospect={p}
                    weights={weightsOf(p.campaignId)}
                    campaign={campaignId ? null : (campaigns.find((c) => c.id === p.campaignId)?.name ?? null)}
                    error={errors[p.id]}
                    onDecide={(action, reason) => decide(p, action, reason)}
                  />
                </li>
              ))}
            </ol>
          )}
          {(after !== null || band.data?.next) && (
          <Group gap="xs" role="group" aria-label="Review pages">
            <Button
              variant="default"
              size="sm"
              disabled={after === null}
              onClick={() => {
                setAfter(cursors[cursors.length - 1] || null);
                setCursors(cursors.slice(0, -1));
              }}
            >
              Previous {REVIEW_PAGE_SIZE}
            </Button>
            <Button
              variant="default"
              size="sm"
              disabled={!band.data?.next || band.isPlaceholderData}
              onClick={() => {
                setCursors([...cursors, after ?? '']);
                setAfter(band.data?.next ?? null);
              }}
            >
              Next {REVIEW_PAGE_SIZE}
            </Button>
          </Group>
          )}
        </>
      )}
    </Stack>
  );
}

function decidedElsewhere(name: string, now: Prospect | undefined): string {
  if (!now) return `${name} is no longer in this workspace (erased or moved): there is nothing left to decide.`;
  if (now.review) {
    const decision = now.review.decision === 'QUALIFIED' ? 'qualified' : 'rejected';
    const when = now.review.reviewedAt ? ` at ${new Date(now.review.reviewedAt).toLocaleString('en-GB')}` : '';
    const why = now.review.reason ? ` (“${now.review.reason}”)` : '';
    return `Someone else decided first: ${name} was ${decision}${when}${why}. Your decision was not recorded.`;
  }
  return `${name} left the review band before your decision: the campaign's threshold changed and the qualifier now says ${now.status.toLowerCase()}. Your decision was not recorded.`;
}

interface CardProps {
  prospect: Prospect;
  weights: ProspectCampaign['qualification']['weights'] | null;
  campaign: string | null;
  error: unknown;
  onDecide: (action: ReviewAction, reason: string) => void;
}

function ReviewCard({ prospect: p, weights, campaign, error, onDecide }: CardProps) {
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const headingId = `review-${p.id}`;
  const name = fullName(p);

  function submitReject(event: FormEvent) {
    event.preventDefault();
    const trimmed = reason.trim();
    if (!trimmed) {
      setReasonError('Say why, in a few words: it helps tune the threshold later');
      return;
    }
    if (trimmed.length > MAX_REASON) {
      setReasonError(`At most ${MAX_REASON} characters`);
      return;
    }
    onDecide('reject', trimmed);
  }

  return (
    <Card withBorder component="article" aria-labelledby={headingId} padding="md">
      <Group justify="space-between" align="start" wrap="wrap" gap="sm">
        <div>
          <Title order={2} size="h4" id={headingId}>
            <Anchor component={Link} to={`/prospects/${encodeURIComponent(p.id)}`} inherit>
              {name}
            </Anchor>
          </Title>
          <Text size="sm" c="dimmed">
            {p.person.title || 'Title unknown'} at <strong>{p.person.companyName || 'an unknown company'}</strong>
            {campaign ? ` · ${campaign}` : ''}
          </Text>
        </div>
        {p.bant && (
          <Text size="sm" className="review-score">
            Score <strong>{p.bant.score}</strong> · threshold {p.bant.threshold}
          </Text>
        )}
      </Group>
      {p.bant ? (
        <div className="review-bant">
          <BantBreakdown bant={p.bant} weights={weights} compact />
        </div>
      ) : (
        <Text size="sm" c="dimmed" my="sm">
          Not scored yet.
        </Text>
      )}
      {Boolean(error) && (
        <div className="review-error">
          <ErrorState error={error} />
        </div>
      )}
      {p.bant && !p.bant.contactable && (
        <Text size="sm" c="dimmed" mb="xs">
          No usable email address: qualifying would lead to no email, so only a rejection is possible.
        </Text>
      )}
      {rejecting ? (
        <form onSubmit={submitReject} className="reject-form" aria-label={`Reject ${name}`}>
          <Textarea
            label="Why reject?"
            value={reason}
            onChange={(e) => {
              setReason(e.currentTarget.value);
              setReasonError(undefined);
            }}
            error={reasonError}
            rows={3}
            maxLength={MAX_REASON + 1}
            data-autofocus
          />
          <Group gap="xs" mt="xs">
            <Button type="submit" color="red.9" size="sm">
              Reject
            </Button>
            <Button variant="default" size="sm" onClick={() => setRejecting(false)}>
              Cancel
            </Button>
          </Group>
        </form>
      ) : (
        <Group gap="xs">
          <Button
            size="sm"
            onClick={() => onDecide('qualify', '')}
            disabled={p.bant ? !p.bant.contactable : true}
            aria-label={`Qualify ${name}`}
          >
            Qualify
          </Button>
          <Button variant="default" size="sm" onClick={() => setRejecting(true)} aria-label={`Reject ${name}…`}>
            Reject…
          </Button>
        </Group>
      )}
    </Card>
  );
}

