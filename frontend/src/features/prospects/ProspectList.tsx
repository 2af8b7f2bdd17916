import { Anchor, Button, Group, Loader, NativeSelect, NumberInput, Stack, Table, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router-dom';
import { EmptyState, ErrorState, LoadingState } from '../../components/states';
import { DecisionBadge, Tag } from './BantBreakdown';
import { isFiltered, PAGE_SIZES, writeFilter, type ProspectFilter, type Source, type Status } from './filters';
import { PROSPECT_SOURCES, PROSPECT_STATUSES, useProspectPage, type Prospect, type ProspectCampaign } from './prospectsApi';

const STATUS_LABEL: Record<string, string> = {
  PENDING: 'Not scored yet',
  QUALIFIED: 'Qualified',
  REVIEW: 'In review',
  REJECTED: 'Rejected',
};
const SOURCE_LABEL: Record<string, string> = { DEMO: 'Demo directory', ROCKETREACH: 'RocketReach', CSV: 'CSV import' };

/** The cursors of the pages before this one (the API pages forward only), kept in the history entry. */
interface PagingState {
  cursors?: string[];
}

/** The review band of the prospect's campaign, where a human decides. */
function reviewBandLink(campaignId: string): string {
  return `/prospects?${new URLSearchParams({ campaignId, view: 'review' }).toString()}`;
}

export function fullName(prospect: Prospect): string {
  const name = [prospect.person.firstName, prospect.person.lastName].filter(Boolean).join(' ').trim();
  return name || prospect.person.email || 'Unnamed prospect';
}

interface Props {
  filter: ProspectFilter;
  campaigns: ProspectCampaign[];
  onFilter: (filter: ProspectFilter, replace?: boolean) => void;
  onClear: () => void;
}

export function ProspectList({ filter, campaigns, onFilter, onClear }: Props) {
  const page = useProspectPage(filter);
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const cursors = (location.state as PagingState | null)?.cursors ?? [];

  function goNext(next: string) {
    setParams(writeFilter({ ...filter, after: next }, params), {
      state: { cursors: [...cursors, filter.after ?? ''] } satisfies PagingState,
    });
  }

  function goPrevious() {
    const previous = cursors.slice(0, -1);
    const after = cursors.length > 0 ? cursors[cursors.length - 1] || null : null;
    setParams(writeFilter({ ...filter, after }, params), { state: { cursors: previous } satisfies PagingState });
  }

  const campaignName = (id: string) => campaigns.find((c) => c.id === id)?.name ?? 'Unknown campaign';
  const pageNumber = filter.after === null ? 1 : cursors.length > 0 ? cursors.length + 1 : null;

  return (
    <Stack gap="md">
      <Filters filter={filter} onFilter={onFilter} />
      {page.isPending ? (
        <LoadingState label="Loading prospects…" />
      ) : page.isError && !page.data ? (
        <ErrorState error={page.error} onRetry={() => void page.refetch()} />
      ) : page.data ? (
        <>
          {page.isError && <ErrorState error={page.error} onRetry={() => void page.refetch()} />}
          {page.data.items.length === 0 ? (
            page.data.next ? (
              <EmptyState
                title="None found yet"
                action={
                  <Button variant="default" onClick={() => page.data?.next && goNext(page.data.next)}>
                    Keep searching
                  </Button>
                }
              >
                No prospect matches these filters among those searched so far. The list goes on: keep searching from
                where the search stopped, or widen the filters.
              </EmptyState>
            ) : filter.after !== null ? (
              <EmptyState
                title="No more prospects"
                action={
                  <Button variant="default" onClick={() => setParams(writeFilter({ ...filter, after: null }, params))}>
                    Back to the first page
                  </Button>
                }
              >
                This page is past the last prospect.
              </EmptyState>
            ) : isFiltered(filter) ? (
              <EmptyState
                title="No prospect matches these filters"
                action={
                  <Button variant="default" onClick={onClear}>
                    Clear the filters
                  </Button>
                }
              >
                Widen the score range or choose another status, source or campaign.
              </EmptyState>
            ) : (
              <EmptyState title="No prospects yet">
                Prospects appear here once a campaign is launched: the prospector finds them, the qualifier scores
                them within seconds.
              </EmptyState>
            )
          ) : (
            <>
              {page.isPlaceholderData && (
                <Group gap="xs" role="status">
                  <Loader size="xs" aria-hidden="true" />
                  <Text size="sm" c="dimmed">
                    Loading the prospects for these filters; the rows below are the previous ones.
                  </Text>
                </Group>
              )}
              <Table.ScrollContainer minWidth={720}>
                <Table
                  striped
                  highlightOnHover
                  withTableBorder
                  aria-label="Prospects"
                  aria-busy={page.isFetching}
                  className={page.isPlaceholderData ? 'prospects-table is-stale' : 'prospects-table'}
                >
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">Prospect</Table.Th>
                      <Table.Th scope="col">Company</Table.Th>
                      <Table.Th scope="col">BANT score</Table.Th>
                      <Table.Th scope="col">Hot</Table.Th>
                      <Table.Th scope="col">Status</Table.Th>
                      <Table.Th scope="col">Email</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {page.data.items.map((p) => (
                      <Row
                        key={p.id}
                        prospect={p}
                        campaign={filter.campaignId ? null : campaignName(p.campaignId)}
                        from={location.search}
                      />
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              <Group justify="space-between" wrap="wrap" gap="sm">
                <Text size="sm" c="dimmed" role="status" data-testid="page-summary">
                  {pageNumber ? `Page ${pageNumber}` : 'A later page'} · {page.data.items.length} prospect
                  {page.data.items.length === 1 ? '' : 's'}, newest first
                </Text>
                <Group gap="xs" role="group" aria-label="Pages">
                  <Button
                    variant="default"
                    size="sm"
                    disabled={filter.after === null}
                    onClick={goPrevious}
                  >
                    {filter.after !== null && cursors.length === 0 ? 'First page' : 'Previous page'}
                  </Button>
                  <Button
                    variant="default"
                    size="sm"
                    disabled={!page.data.next || page.isPlaceholderData}
                    onClick={() => page.data?.next && goNext(page.data.next)}
                  >
                    Next page
                  </Button>
                </Group>
              </Group>
            </>
          )}
        </>
      ) : null}
      <Text size="xs" c="dimmed">
        The Email column says whether the qualifier found a usable address: the prospects API does not give the
        address's grade (verified or guessed) yet.
      </Text>
    </Stack>
  );
}

function Row({ prospect: p, campaign, from }: { prospect: Prospect; campaign: string | null; from: string }) {
  const bant = p.bant;
  return (
    <Table.Tr>
      <Table.Td>
        <Anchor component={Link} to={`/prospects/${encodeURIComponent(p.id)}`} state={{ from }} fw={600}>
          {fullName(p)}
        </Anchor>
        <Text size="sm" c="dimmed" lineClamp={1}>
          {p.person.title || 'Title unknown'}
        </Text>
        {campaign && (
          <Text size="xs" c="dimmed" lineClamp={1}>
            {campaign}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm">{p.person.companyName || '—'}</Text>
        <Text size="sm" c="dimmed">
          {[p.person.industry, SOURCE_LABEL[p.source]].filter(Boolean).join(' · ')}
        </Text>
      </Table.Td>
      <Table.Td>
        {bant ? (
          <Group gap={8} wrap="nowrap">
            <Text fw={700} className="score-number">
              {bant.score}
            </Text>
            <DecisionBadge decision={bant.decision} />
          </Group>
        ) : (
          <Text size="sm" c="dimmed">
            Not scored yet
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        {bant?.hot ? (
          <Tag color="hot">Hot</Tag>
        ) : (
          <Text size="sm" c="dimmed">
            —<span className="visually-hidden">not hot</span>
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        {p.status === 'REVIEW' ? (
          <Anchor component={Link} to={reviewBandLink(p.campaignId)} size="sm">
            {STATUS_LABEL[p.status]}
          </Anchor>
        ) : (
          <Text size="sm">{STATUS_LABEL[p.status] ?? p.status}</Text>
        )}
        {p.review && (
          <Text size="xs" c="dimmed">
            decided by a reviewer
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        {!bant ? (
          <Text size="sm" c="dimmed">
            —
          </Text>
        ) : bant.contactable ? (
          <Tag color="green">Usable</Tag>
        ) : (
          <Tag color="red">Not usable</Tag>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

function scoreError(min: number | null, max: number | null, raw: string): string | undefined {
  if (raw === 'invalid') return 'A whole number from 0 to 100';
  if (min !== null && max !== null && min > max) return 'The lowest score is above the highest';
  return undefined;
}

function toScore(value: string | number): number | null | 'invalid' {
  if (value === '' || value === undefined) return null;
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isInteger(n) && n >= 0 && n <= 100 ? n : 'invalid';
}

function Filters({ filter, onFilter }: { filter: ProspectFilter; onFilter: Props['onFilter'] }) {
  // What is typed, kept while it is not a valid range; the address changes only for a valid one.
  const [min, setMin] = useState<string | number>(filter.minScore ?? '');
  const [max, setMax] = useState<string | number>(filter.maxScore ?? '');
  useEffect(() => {
    setMin((typed) => (toScore(typed) === filter.minScore ? typed : (filter.minScore ?? '')));
    setMax((typed) => (toScore(typed) === filter.maxScore ? typed : (filter.maxScore ?? '')));
  }, [filter.minScore, filter.maxScore]);

  const minScore = toScore(min);
  const maxScore = toScore(max);
  const minError = minScore === 'invalid' ? scoreError(null, null, 'invalid') : undefined;
  const maxError =
    maxScore === 'invalid'
      ? scoreError(null, null, 'invalid')
      : minScore !== 'invalid'
        ? scoreError(minScore, maxScore, '')
        : undefined;

  function changeScore(which: 'min' | 'max', value: string | number) {
    const nextMin = which === 'min' ? toScore(value) : minScore;
    const nextMax = which === 'max' ? toScore(value) : maxScore;
    if (which === 'min') setMin(value);
    else setMax(value);
    if (nextMin === 'invalid' || nextMax === 'invalid') return;
    if (nextMin !== null && nextMax !== null && nextMin > nextMax) return;
    onFilter({ ...filter, minScore: nextMin, maxScore: nextMax }, true);
  }

  return (
    <fieldset className="prospect-filters">
      <legend className="visually-hidden">Filters</legend>
      <NativeSelect
        label="Status"
        value={filter.status ?? ''}
        onChange={(e) => onFilter({ ...filter, status: (e.currentTarget.value || null) as Status | null })}
        data={[{ value: '', label: 'Any status' }, ...PROSPECT_STATUSES.map((s) => ({ value: s, label: STATUS_LABEL[s] ?? s }))]}
      />
      <NumberInput
        label="Score from"
        value={min}
        onChange={(v) => changeScore('min', v)}
        min={0}
        max={100}
        allowDecimal={false}
        allowNegative={false}
        clampBehavior="none"
        placeholder="0"
        error={minError}
        className="score-input"
      />
      <NumberInput
        label="Score to"
        value={max}
        onChange={(v) => changeScore('max', v)}
        min={0}
        max={100}
        allowDecimal={false}
        allowNegative={false}
        clampBehavior="none"
        placeholder="100"
        error={maxError}
        className="score-input"
      />
      <NativeSelect
        label="Hot"
        value={filter.hot === null ? '' : String(filter.hot)}
        onChange={(e) => {
          const v = e.currentTarget.value;
          onFilter({ ...filter, hot: v === '' ? null : v === 'true' });
        }}
        data={[
          { value: '', label: 'Hot or not' },
          { value: 'true', label: 'Hot only' },
          { value: 'false', label: 'Not hot' },
        ]}
      />
      <NativeSelect
        label="Source"
        value={filter.source ?? ''}
        onChange={(e) => onFilter({ ...filter, source: (e.currentTarget.value || null) as Source | null })}
        data={[{ value: '', label: 'Any source' }, ...PROSPECT_SOURCES.map((s) => ({ value: s, label: SOURCE_LABEL[s] ?? s }))]}
      />
      <NativeSelect
        label="Per page"
        value={String(filter.limit)}
        onChange={(e) => onFilter({ ...filter, limit: Number(e.currentTarget.value) })}
        data={PAGE_SIZES.map((n) => ({ value: String(n), label: String(n) }))}
      />
    </fieldset>
  );
}
