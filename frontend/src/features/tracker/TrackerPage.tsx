import { Card, Group, SegmentedControl, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { EmptyState, LoadingState, ErrorState, QueryState } from '../../components/states';
import { useCampaigns } from '../campaigns/queries';
import { useDashboardStream } from '../dashboard/dashboardApi';
import { isoDay, lastDays, MAX_RANGE_DAYS, rangeProblems, useTracker, type DateRange, type Tracker } from './trackerApi';

const STAGE_LABELS: Record<string, string> = {
  found: 'Found',
  qualified: 'Qualified',
  drafted: 'Drafted',
  approved: 'Approved',
  sent: 'Sent',
  opened: 'Opened',
  replied: 'Replied',
  meeting: 'Meetings',
};
const AXIS = { fill: '#343a40', fontSize: 12 };

/** Screen 4 of the brief: volume, engagement and meetings over time, and the funnel, per campaign. */
export default function TrackerPage() {
  const campaigns = useCampaigns();
  useDashboardStream();
  return (
    <Stack gap="md">
      <Title order={1}>Performance tracker</Title>
      <QueryState
        query={campaigns}
        isEmpty={(list) => list.every((c) => c.status === 'DRAFT')}
        empty={
          <EmptyState title="Nothing to track yet">
            Launch a campaign: its emails, engagement and meetings over time appear here.
          </EmptyState>
        }
      >
        {(list) => <CampaignTracker campaigns={list.filter((c) => c.status !== 'DRAFT')} />}
      </QueryState>
    </Stack>
  );
}

type Period = '7' | '30' | '90' | 'custom';

function CampaignTracker({ campaigns }: { campaigns: { id: string; name: string }[] }) {
  const [chosen, setChosen] = useState<string | null>(campaigns[0]?.id ?? null);
  const [period, setPeriod] = useState<Period>('30');
  const [custom, setCustom] = useState<DateRange>(() => lastDays(30));
  const id = campaigns.some((c) => c.id === chosen) ? chosen : (campaigns[0]?.id ?? null);
  const problems = period === 'custom' ? rangeProblems(custom) : {};
  const valid = !problems.from && !problems.to;
  const range = period === 'custom' ? (valid ? custom : null) : lastDays(Number(period));
  const tracker = useTracker(id, range);
  const today = isoDay(new Date());

  return (
    <>
      <Group align="end" gap="md">
        <Select
          label="Campaign"
          w={360}
          maw="100%"
          allowDeselect={false}
          data={campaigns.map((c) => ({ value: c.id, label: c.name }))}
          value={id}
          onChange={setChosen}
        />
        <div>
          <Text component="span" size="sm" fw={500} id="tracker-period" display="block" mb={4}>
            Period
          </Text>
          <SegmentedControl
            aria-labelledby="tracker-period"
            value={period}
            onChange={(value) => {
              // The custom range starts from the period on screen, to adjust rather than retype.
              if (value === 'custom' && period !== 'custom') setCustom(lastDays(Number(period)));
              setPeriod(value as Period);
            }}
            data={[
              { value: '7', label: '7 days' },
              { value: '30', label: '30 days' },
              { value: '90', label: '90 days' },
              { value: 'custom', label: 'Custom' },
            ]}
          />
        </div>
        {period === 'custom' && (
          <Group gap="sm" align="start" role="group" aria-label="Custom period (UTC days)">
            <TextInput
              type="date"
              label="First day"
              w={170}
              max={custom.to || today}
              value={custom.from}
              error={problems.from}
              onChange={(e) => setCustom({ ...custom, from: e.currentTarget.value })}
            />
            <TextInput
              type="date"
              label="Last day"
              w={170}
              min={custom.from || undefined}
              max={today}
              value={custom.to}
              error={problems.to}
              onChange={(e) => setCustom({ ...custom, to: e.currentTarget.value })}
            />
          </Group>
        )}
      </Group>
      {range === null ? (
        <Text size="sm" c="dimmed">
          Choose a period of at most {MAX_RANGE_DAYS} days, ending today at the latest, to see its numbers.
        </Text>
      ) : tracker.isPending ? (
        <LoadingState label="Loading the numbers…" />
      ) : tracker.isError && !tracker.data ? (
        <ErrorState error={tracker.error} onRetry={() => void tracker.refetch()} />
      ) : tracker.data ? (
        <Charts tracker={tracker.data} />
      ) : null}
    </>
  );
}

function ChartCard({ id, title, summary, children }: { id: string; title: string; summary: string; children: ReactNode }) {
  return (
    <Card withBorder component="section" aria-labelledby={id}>
      <Title order={2} size="h4" id={id}>
        {title}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {summary}
      </Text>
      {/* One image for assistive technology (the tables carry the numbers); not focusable. */}
      <div className="chart" role="img" aria-label={`${title}: ${summary}`}>
        <ResponsiveContainer>{children as never}</ResponsiveContainer>
      </div>
    </Card>
  );
}

function Charts({ tracker }: { tracker: Tracker }) {
  const short = (day: string) => day.slice(5);
  const daily = tracker.days.map((d) => ({
    day: short(d.day),
    sent: d.counts.emailsSent ?? 0,
    meetings: d.counts.meetingsBooked ?? 0,
    open: d.runningRates.open === null ? null : Math.round(d.runningRates.open * 100),
    click: d.runningRates.click === null ? null : Math.round(d.runningRates.click * 100),
    reply: d.runningRates.reply === null ? null : Math.round(d.runningRates.reply * 100),
  }));
  const funnel = tracker.funnel.map((f) => ({ stage: STAGE_LABELS[f.stage] ?? f.stage, count: f.prospects, share: f.fromPrevious }));
  const total = (key: string) => tracker.rangeTotals[key] ?? 0;
  const pct = (v: number | null | undefined) => (v === null || v === undefined ? '—' : `${Math.round(v * 100)}%`);

  return (
    <>
      <div className="cards cards-2">
        <ChartCard id="chart-volume" title="Email volume" summary={`${total('emailsSent')} email${total('emailsSent') === 1 ? '' : 's'} sent from ${tracker.from} to ${tracker.to} (UTC days).`}>
          <BarChart data={daily} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="day" tick={AXIS} minTickGap={16} />
            <YAxis allowDecimals={false} tick={AXIS} width={36} />
            <Tooltip />
            <Bar dataKey="sent" name="Emails sent" fill="#1971c2" isAnimationActive={false} />
          </BarChart>
        </ChartCard>
        <ChartCard
          id="chart-engagement"
          title="Engagement rate"
          summary={`Opened ${pct(tracker.rangeRates.open)}, clicked ${pct(tracker.rangeRates.click)}, replied ${pct(tracker.rangeRates.reply)} of the prospects contacted (people only, scanners left out).`}
        >
          <LineChart data={daily} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="day" tick={AXIS} minTickGap={16} />
            <YAxis unit="%" domain={[0, 100]} tick={AXIS} width={44} />
            <Tooltip />
            <Legend />
            <Line dataKey="open" name="Opened" stroke="#1971c2" dot={false} isAnimationActive={false} connectNulls />
            <Line dataKey="click" name="Clicked" stroke="#2b8a3e" dot={false} isAnimationActive={false} connectNulls />
            <Line dataKey="reply" name="Replied" stroke="#c2255c" dot={false} isAnimationActive={false} connectNulls />
          </LineChart>
        </ChartCard>
        <ChartCard id="chart-meetings" title="Meetings booked" summary={`${total('meetingsBooked')} meeting${total('meetingsBooked') === 1 ? '' : 's'} booked in the period.`}>
          <BarChart data={daily} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="day" tick={AXIS} minTickGap={16} />
            <YAxis allowDecimals={false} tick={AXIS} width={36} />
            <Tooltip />
            <Bar dataKey="meetings" name="Meetings booked" fill="#2b8a3e" isAnimationActive={false} />
          </BarChart>
        </ChartCard>
        <ChartCard id="chart-funnel" title="Funnel, from found to meeting" summary="All time, in prospects; each step's share of the step before.">
          <BarChart data={funnel} margin={{ top: 20, right: 8, bottom: 0, left: 0 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="stage" tick={AXIS} interval={0} fontSize={11} />
            <YAxis allowDecimals={false} tick={AXIS} width={36} />
            <Tooltip />
            <Bar dataKey="count" name="Prospects" fill="#1971c2" isAnimationActive={false}>
              <LabelList dataKey="count" position="top" fill="#212529" fontSize={12} />
            </Bar>
          </BarChart>
        </ChartCard>
      </div>
      <Table.ScrollContainer minWidth={640}>
        <Table withTableBorder striped aria-label="Funnel counts">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="row">Stage</Table.Th>
              {funnel.map((f) => (
                <Table.Th key={f.stage} scope="col">
                  {f.stage}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            <Table.Tr>
              <Table.Th scope="row">Prospects</Table.Th>
              {funnel.map((f) => (
                <Table.Td key={f.stage} data-testid={`funnel-${f.stage}`}>
                  {f.count}
                </Table.Td>
              ))}
            </Table.Tr>
            <Table.Tr>
              <Table.Th scope="row">Of the step before</Table.Th>
              {funnel.map((f) => (
                <Table.Td key={f.stage}>{f.share === null ? '—' : pct(f.share)}</Table.Td>
              ))}
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
