import { Card, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Metrics } from '../../api/types';
import { EmptyState, ErrorState, LoadingState, QueryState } from '../../components/states';
import { useCampaigns } from '../campaigns/queries';
import { useCampaignsMetrics } from '../dashboard/useWorkspaceMetrics';

const FUNNEL: { key: keyof Metrics; label: string }[] = [
  { key: 'prospectsFound', label: 'Found' },
  { key: 'qualified', label: 'Qualified' },
  { key: 'emailsDrafted', label: 'Drafted' },
  { key: 'emailsSent', label: 'Sent' },
  { key: 'humanOpens', label: 'Opened' },
  { key: 'clicks', label: 'Clicked' },
  { key: 'replies', label: 'Replied' },
  { key: 'meetingsBooked', label: 'Meetings' },
];

/**
 * Screen 4 of the brief, first part: the funnel from found to meeting, per campaign. The graphs
 * over time wait for campaign-service's per-day series (GET /api/dashboard/**, being written).
 */
export default function TrackerPage() {
  const campaigns = useCampaigns();
  return (
    <Stack gap="md">
      <Title order={1}>Performance tracker</Title>
      <QueryState
        query={campaigns}
        isEmpty={(list) => list.every((c) => c.status === 'DRAFT')}
        empty={
          <EmptyState title="Nothing to track yet">
            Launch a campaign: its funnel, from prospects found to meetings booked, appears here.
          </EmptyState>
        }
      >
        {(list) => <Funnels campaignIds={list.filter((c) => c.status !== 'DRAFT').map((c) => c.id)} />}
      </QueryState>
    </Stack>
  );
}

function Funnels({ campaignIds }: { campaignIds: string[] }) {
  const campaigns = useCampaigns();
  const { rows, error, pending } = useCampaignsMetrics(campaigns.data ?? []);
  const [chosen, setChosen] = useState<string | null>(campaignIds[0] ?? null);
  const row = rows.find((r) => r.campaign.id === chosen) ?? rows[0];
  const data = FUNNEL.map((f) => ({ stage: f.label, count: row?.metrics?.[f.key] ?? 0 }));

  return (
    <>
      <Select
        label="Campaign"
        className="field-narrow"
        allowDeselect={false}
        data={rows.map((r) => ({ value: r.campaign.id, label: r.campaign.name }))}
        value={row?.campaign.id ?? null}
        onChange={setChosen}
      />
      <ErrorState error={error} />
      {pending && !row?.metrics ? (
        <LoadingState label="Loading the counts…" />
      ) : (
        <Card withBorder component="section" aria-labelledby="funnel-title">
          <Title order={2} size="h4" id="funnel-title">
            Funnel, from found to meeting
          </Title>
          <Text size="sm" c="dimmed" mb="sm">
            Opens count people only (security scanners and privacy proxies left out). Refreshes every
            few seconds.
          </Text>
          {/* One image for assistive technology (the table below has the numbers); not focusable. */}
          <div
            style={{ width: '100%', height: 280 }}
            role="img"
            aria-label={`Funnel: ${data.map((d) => `${d.stage} ${d.count}`).join(', ')}`}
          >
            <ResponsiveContainer>
              <BarChart data={data} margin={{ top: 20, right: 8, bottom: 0, left: 0 }} accessibilityLayer={false}>
                <CartesianGrid strokeDasharray="3 3" vertical={false} />
                <XAxis dataKey="stage" tick={{ fill: '#343a40', fontSize: 12 }} />
                <YAxis allowDecimals={false} tick={{ fill: '#343a40', fontSize: 12 }} width={40} />
                <Tooltip />
                <Bar dataKey="count" fill="#1971c2" isAnimationActive={false}>
                  <LabelList dataKey="count" position="top" fill="#212529" fontSize={12} />
                </Bar>
              </BarChart>
            </ResponsiveContainer>
          </div>
          {/* The same numbers as a table, for screen readers and for copying. */}
          <Table mt="sm" withTableBorder striped aria-label="Funnel counts">
            <Table.Thead>
              <Table.Tr>
                {data.map((d) => (
                  <Table.Th key={d.stage}>{d.stage}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              <Table.Tr>
                {data.map((d) => (
                  <Table.Td key={d.stage} data-testid={`funnel-${d.stage}`}>
                    {d.count}
                  </Table.Td>
                ))}
              </Table.Tr>
            </Table.Tbody>
          </Table>
        </Card>
      )}
    </>
  );
}
