import { Group, Progress, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Prospect, Weights } from './prospectsApi';

const CRITERIA = [
  { key: 'budget', label: 'Budget', means: 'can they pay' },
  { key: 'authority', label: 'Authority', means: 'can they decide' },
  { key: 'need', label: 'Need', means: 'do they fit the target' },
  { key: 'timeline', label: 'Timeline', means: 'is now the time' },
] as const;

type Bant = NonNullable<Prospect['bant']>;

/** The weighted total the qualifier computes (QualificationSettings.total): rounded weighted mean. */
export function weightedTotal(bant: Bant, weights: Weights): number | null {
  const sum = weights.budget + weights.authority + weights.need + weights.timeline;
  if (sum <= 0) return null;
  const weighted = CRITERIA.reduce((acc, c) => acc + bant[c.key].score * weights[c.key], 0);
  return Math.round(weighted / sum);
}

export function DecisionBadge({ decision }: { decision: string }) {
  const color = decision === 'QUALIFIED' ? 'green' : decision === 'REVIEW' ? 'yellow' : decision === 'REJECTED' ? 'gray' : 'blue';
  const label = decision === 'PENDING' ? 'Not scored' : decision.charAt(0) + decision.slice(1).toLowerCase();
  return <Tag color={color}>{label}</Tag>;
}

/** A small label with AA contrast (see prospects.css). */
export function Tag({ color, plain = false, children }: { color: 'green' | 'yellow' | 'gray' | 'red' | 'blue' | 'hot'; plain?: boolean; children: ReactNode }) {
  return <span className={`tag tag-${color}${plain ? ' tag-plain' : ''}`}>{children}</span>;
}

interface Props {
  bant: Bant;
  /** The campaign's current weights; null when the campaign is unknown. */
  weights: Weights | null;
  /** A compact form for the review band: one line per criterion. */
  compact?: boolean;
}

/** Each BANT criterion with its score, its weight in the total, and the qualifier's reason in words. */
export function BantBreakdown({ bant, weights, compact = false }: Props) {
  const sum = weights ? weights.budget + weights.authority + weights.need + weights.timeline : 0;
  const computed = weights ? weightedTotal(bant, weights) : null;
  return (
    <Stack gap={compact ? 'xs' : 'sm'}>
      <dl className="bant">
        {CRITERIA.map((c) => {
          const { score, reason } = bant[c.key];
          const share = weights && sum > 0 ? Math.round((weights[c.key] / sum) * 100) : null;
          return (
            <div className="bant-row" key={c.key} data-testid={`bant-${c.key}`}>
              <dt>
                <Group gap={6} wrap="nowrap" justify="space-between">
                  <Text fw={600} size="sm" span>
                    {c.label}
                    {!compact && (
                      <Text span c="dimmed" size="xs">
                        {' '}
                        · {c.means}
                      </Text>
                    )}
                  </Text>
                  <Text size="sm" fw={600} span>
                    {score}
                    <Text span c="dimmed" size="xs">
                      /100
                    </Text>
                  </Text>
                </Group>
                <Progress
                  value={score}
                  size="sm"
                  color={score >= 70 ? 'green' : score >= 40 ? 'yellow' : 'red'}
                  aria-hidden="true"
                  mt={4}
                />
                <Text size="xs" c="dimmed" mt={2}>
                  {share === null ? 'Weight unknown' : `Weight ${share}% of the total`}
                </Text>
              </dt>
              <dd>
                <Text size="sm">{reason}</Text>
              </dd>
            </div>
          );
        })}
      </dl>
      {computed !== null && computed !== bant.score && (
        <Text size="xs" c="dimmed">
          With the campaign's current weights these scores make {computed}, not {bant.score}: the prospect was scored
          under earlier weights (a prospect already emailed keeps its score; a change takes a moment to reach the others).
        </Text>
      )}
    </Stack>
  );
}
