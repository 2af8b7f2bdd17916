import { Alert, Button, Card, Group, Slider, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { EmptyState, ErrorState, LoadingState } from '../../components/states';
import {
  isOver,
  qualificationWithThreshold,
  useApplyThreshold,
  useScoreHistogram,
  useThresholdPreview,
  type ProspectCampaign,
} from './prospectsApi';
import { Tag } from './BantBreakdown';
import { countsAt, decide, plural, type DecisionCounts } from './thresholds';

interface Props {
  campaign: ProspectCampaign | null;
  campaignsLoaded: boolean;
}

/**
 * The threshold slider: moving it tells at once how many of the campaign's prospects would be
 * qualified, left to review or rejected at that value (from the score histogram, then confirmed by
 * the qualifier's threshold-preview), without changing anything; "Apply" commits it after saying
 * what it will do.
 */
export function ThresholdPanel({ campaign, campaignsLoaded }: Props) {
  if (!campaign) {
    return campaignsLoaded ? (
      <EmptyState title="Choose a campaign">
        Each campaign has its own threshold: choose one in the Campaign list above to see how many of its prospects
        would qualify at each value.
      </EmptyState>
    ) : (
      <LoadingState label="Loading the campaigns…" />
    );
  }
  // A new campaign, or a threshold applied: the slider starts again from the threshold in force.
  return <CampaignThreshold key={`${campaign.id}:${campaign.qualification.threshold}`} campaign={campaign} />;
}

function CampaignThreshold({ campaign }: { campaign: ProspectCampaign }) {
  const current = campaign.qualification;
  const band = current.reviewBand;
  const [value, setValue] = useState(current.threshold);
  const [confirming, setConfirming] = useState(false);
  const [settled] = useDebouncedValue(value, 250);
  const histogram = useScoreHistogram(campaign.id);
  const preview = useThresholdPreview(campaign.id, settled, band);
  const apply = useApplyThreshold(campaign.id);
  const over = isOver(campaign);

  // The qualifier's answer for the value the slider rests on. The counts shown, and the "now" they
  // are compared with, both come from the histogram, so they always belong together; when the
  // qualifier counts otherwise (prospects scored since the histogram was read), the histogram is
  // read again rather than mixing two moments.
  const fromServer = preview.data && preview.data.threshold === value && !preview.isPlaceholderData ? preview.data : null;
  const histogramData = histogram.data;
  const agrees =
    fromServer !== null &&
    histogramData !== undefined &&
    sameCounts(fromServer, countsAt(histogramData.counts, value, band));
  const { refetch: refetchHistogram } = histogram;
  const { refetch: refetchPreview } = preview;
  useEffect(() => {
    if (!fromServer || !histogramData || agrees) return undefined;
    // Prospects are being scored while the user looks: read both again, together and a moment
    // later, until they agree (re-reading only the histogram left it newer than the preview, and
    // the two never met while the pipeline ran).
    const timer = setTimeout(() => {
      void refetchHistogram();
      void refetchPreview();
    }, 500);
    return () => clearTimeout(timer);
  }, [preview.dataUpdatedAt, histogram.dataUpdatedAt]);

  if (histogram.isPending) return <LoadingState label="Loading the scores…" />;
  if (histogram.isError && !histogram.data) {
    return <ErrorState error={histogram.error} onRetry={() => void histogram.refetch()} />;
  }
  const counts = histogram.data.counts;
  const shown: DecisionCounts = countsAt(counts, value, band);
  const now = countsAt(counts, current.threshold, band);
  const changed = value !== current.threshold;
  const next = qualificationWithThreshold(current, value);

  function commit() {
    apply.mutate(
      { current, threshold: value },
      {
        onSuccess: () => {
          setConfirming(false);
          notifications.show({
            color: 'green',
            message: `Threshold ${value} applied to ${campaign.name}: the qualifier is re-deciding its prospects.`,
          });
        },
      },
    );
  }

  return (
    <Card withBorder component="section" aria-labelledby="threshold-title" padding="lg">
      <Stack gap="md">
        <div>
          <Title order={2} size="h3" id="threshold-title">
            Qualification threshold
          </Title>
          <Text size="sm" c="dimmed">
            {campaign.name}: threshold {current.threshold} in force, review band ±{band}. At {value}, a prospect scoring{' '}
            {value + band} or more qualifies, {Math.max(0, value - band)} to {value + band - 1} waits for review, below{' '}
            {Math.max(0, value - band)} is rejected.
          </Text>
        </div>
        {histogram.isError && <ErrorState error={histogram.error} onRetry={() => void histogram.refetch()} />}
        <div className="threshold-scale">
          <Histogram counts={counts} threshold={value} reviewBand={band} />
          <Slider
            min={0}
            max={100}
            step={1}
            value={value}
            onChange={(v) => {
              setValue(v);
              setConfirming(false);
              apply.reset();
            }}
            disabled={over}
            thumbLabel="Threshold"
            // No floating label: it would hide the histogram around the value, which the text below states.
            label={null}
            marks={[
              ...[0, 50, 100]
                .filter((v) => Math.abs(v - current.threshold) > 6)
                .map((v) => ({ value: v, label: String(v) })),
              { value: current.threshold, label: `now ${current.threshold}` },
            ]}
            mb="lg"
          />
        </div>
        {histogram.data.total === 0 ? (
          <Text size="sm" c="dimmed">
            No prospect of this campaign is scored yet: the counts appear as soon as the qualifier scores some.
          </Text>
        ) : (
          <div aria-live="polite" data-testid="threshold-counts">
            <Group gap="xl" wrap="wrap" align="start">
              <Count label="would qualify" value={shown.qualified} before={now.qualified} testId="threshold-qualified" />
              <Count label="would wait for review" value={shown.review} before={now.review} testId="threshold-review" />
              <Count label="would be rejected" value={shown.rejected} before={now.rejected} testId="threshold-rejected" />
            </Group>
            <Text size="xs" c="dimmed" mt={4}>
              At threshold {value}, of {plural(shown.total, 'scored prospect')}
              {agrees
                ? ' · checked by the qualifier'
                : fromServer
                  ? ` · updating: the qualifier now counts ${plural(fromServer.total, 'scored prospect')}`
                  : ' · from the score histogram'}
              {changed ? ` · today at ${current.threshold}: ${now.qualified} qualify` : ' · the threshold in force'}
            </Text>
          </div>
        )}
        {over ? (
          <Alert color="gray" variant="light" title={`This campaign is ${campaign.status.toLowerCase()}`}>
            Its BANT settings can no longer change; the slider is shown for reference only.
          </Alert>
        ) : confirming && changed ? (
          <Alert color="blue" variant="light" title={`Apply threshold ${value} to ${campaign.name}?`}>
            <Stack gap="xs">
              <Text size="sm">
                The qualifier re-decides every prospect of this campaign not yet emailed, with the review band ±{band}:{' '}
                {shown.qualified} qualified (now {now.qualified}), {shown.review} in review (now {now.review}),{' '}
                {shown.rejected} rejected (now {now.rejected}).
              </Text>
              <Text size="sm">
                Prospects who newly qualify get a first email drafted for your review; drafts already written stay in
                the review queue; prospects already emailed keep the decision they were emailed on.
                {next.hotScore !== current.hotScore &&
                  ` The hot score rises from ${current.hotScore} to ${next.hotScore}: it cannot be below the threshold.`}
              </Text>
              <ErrorState error={apply.error} />
              <Group gap="xs">
                <Button onClick={commit} loading={apply.isPending}>
                  Yes, apply {value}
                </Button>
                <Button variant="default" onClick={() => setConfirming(false)} disabled={apply.isPending}>
                  Cancel
                </Button>
              </Group>
            </Stack>
          </Alert>
        ) : (
          <Group gap="sm">
            <Button onClick={() => setConfirming(true)} disabled={!changed}>
              Apply threshold {value}…
            </Button>
            {changed ? (
              <Button variant="subtle" onClick={() => setValue(current.threshold)}>
                Back to {current.threshold}
              </Button>
            ) : (
              <Text size="sm" c="dimmed">
                Move the slider to see the effect of another threshold; nothing changes until you apply it.
              </Text>
            )}
          </Group>
        )}
      </Stack>
    </Card>
  );
}

function sameCounts(a: Omit<DecisionCounts, 'threshold' | 'reviewBand'>, b: DecisionCounts): boolean {
  return a.qualified === b.qualified && a.review === b.review && a.rejected === b.rejected && a.total === b.total;
}

function Count({ label, value, before, testId }: { label: string; value: number; before: number; testId: string }) {
  const delta = value - before;
  return (
    <div>
      <Text fz={28} fw={700} lh={1.1} data-testid={testId}>
        {value.toLocaleString('en-GB')}
      </Text>
      <Group gap={6}>
        <Text size="sm">{label}</Text>
        {delta !== 0 && (
          <Tag color="gray" plain>{delta > 0 ? `+${delta}` : `−${-delta}`} vs now</Tag>
        )}
      </Group>
    </div>
  );
}

const FILL = { QUALIFIED: '#2f9e44', REVIEW: '#f59f00', REJECTED: '#adb5bd' } as const;

/** The number of prospects at each score, coloured by the decision at the slider's threshold. */
function Histogram({ counts, threshold, reviewBand }: { counts: readonly number[]; threshold: number; reviewBand: number }) {
  const highest = Math.max(1, ...counts);
  const scored = counts.reduce((a, b) => a + b, 0);
  const scores = counts.flatMap((n, s) => (n > 0 ? [s] : []));
  const summary =
    scored === 0
      ? 'Score distribution: no prospect scored yet'
      : `Score distribution: ${plural(scored, 'prospect')} scored from ${scores[0]} to ${scores[scores.length - 1]}`;
  return (
    <svg className="histogram" viewBox="0 0 101 40" preserveAspectRatio="none" role="img" aria-label={summary}>
      {counts.map((n, s) =>
        n > 0 ? (
          <rect
            key={s}
            x={s + 0.1}
            width={0.8}
            y={40 - (n / highest) * 38}
            height={(n / highest) * 38}
            fill={FILL[decide(s, threshold, reviewBand)]}
          />
        ) : null,
      )}
      <line x1={threshold + 0.5} x2={threshold + 0.5} y1={0} y2={40} stroke="#1c7ed6" strokeWidth={1.5} vectorEffect="non-scaling-stroke" />
      <line x1={0} x2={101} y1={39.9} y2={39.9} stroke="#868e96" strokeWidth={1} vectorEffect="non-scaling-stroke" />
    </svg>
  );
}
