import { Button, Card, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router-dom';
import type { Campaign, CampaignStatus } from '../../api/types';
import { EmptyState, ErrorState, QueryState } from '../../components/states';
import { useCampaigns } from '../campaigns/queries';
import { StatusBadge } from '../campaigns/StatusBadge';
import { rate, sumMetrics } from './totals';
import { useCampaignsMetrics } from './useWorkspaceMetrics';

/** Screen 1 of the brief: the status in 30 seconds. */
export function DashboardPage() {
  const campaigns = useCampaigns();
  return (
    <Stack gap="md">
      <Title order={1}>Dashboard</Title>
      <QueryState
        query={campaigns}
        loadingLabel="Loading campaigns…"
        empty={
          <EmptyState
            title="No campaign yet"
            action={
              <Button component={Link} to="/campaigns/new">
                Create your first campaign
              </Button>
            }
          >
            Set up a campaign in about five minutes: who to look for, the email to send and when you
            can meet. Prospects and their scores appear here once it is launched.
          </EmptyState>
        }
      >
        {(list) => <Overview campaigns={list} />}
      </QueryState>
    </Stack>
  );
}

function Overview({ campaigns }: { campaigns: Campaign[] }) {
  const { rows, error, pending } = useCampaignsMetrics(campaigns);
  const total = sumMetrics(rows.flatMap((r) => (r.metrics ? [r.metrics] : [])));
  const byStatus = (status: CampaignStatus) => campaigns.filter((c) => c.status === status).length;
  const active = campaigns.filter((c) => c.status === 'ACTIVE');

  return (
    <>
      <ErrorState error={error} />
      <dl className="metrics-bar" aria-label="Workspace totals">
        <Metric label="Prospects found" value={pending ? null : total.prospectsFound} testId="dash-prospectsFound" />
        <Metric label="Qualified" value={pending ? null : total.qualified} testId="dash-qualified" />
        <Metric label="Emails sent" value={pending ? null : total.emailsSent} testId="dash-emailsSent" />
        <Metric label="Responses" value={pending ? null : total.replies} testId="dash-replies" />
      </dl>
      <div className="cards">
        <Card withBorder component="section" aria-labelledby="card-status">
          <Title order={2} size="h4" id="card-status" mb="xs">
            Campaign status
          </Title>
          <Text size="sm" mb="sm" data-testid="status-counts">
            <strong>{byStatus('ACTIVE')}</strong> active · <strong>{byStatus('PAUSED')}</strong> paused ·{' '}
            <strong>{byStatus('DRAFT')}</strong> draft · <strong>{byStatus('STOPPED') + byStatus('COMPLETED')}</strong>{' '}
            ended
          </Text>
          <Stack gap={4}>
            {(active.length > 0 ? active : campaigns).slice(0, 5).map((c) => (
              <Group key={c.id} justify="space-between" wrap="nowrap">
                <Text component={Link} to={`/campaigns/${encodeURIComponent(c.id)}`} size="sm" truncate c="blue.8">
                  {c.name}
                </Text>
                <StatusBadge status={c.status} />
              </Group>
            ))}
          </Stack>
        </Card>
        <Card withBorder component="section" aria-labelledby="card-actions">
          <Title order={2} size="h4" id="card-actions" mb="xs">
            Quick actions
          </Title>
          <Stack gap="xs">
            <Button component={Link} to="/review" variant="filled">
              Review drafts{total.emailsDrafted - total.emailsApproved > 0 ? ` (${total.emailsDrafted - total.emailsApproved})` : ''}
            </Button>
            <Button component={Link} to="/campaigns/new" variant="default">
              New campaign
            </Button>
            <Button component={Link} to="/tracker" variant="default">
              Open the tracker
            </Button>
          </Stack>
        </Card>
        <Card withBorder component="section" aria-labelledby="card-engagement">
          <Title order={2} size="h4" id="card-engagement" mb="xs">
            Engagement
          </Title>
          <Stack gap={6}>
            <Rate label="Opened (people)" part={total.humanOpens} whole={total.delivered || total.emailsSent} />
            <Rate label="Clicked" part={total.clicks} whole={total.delivered || total.emailsSent} />
            <Rate label="Replied" part={total.replies} whole={total.delivered || total.emailsSent} />
            <Group justify="space-between">
              <Text size="sm">Meetings booked</Text>
              <Text size="sm" fw={700}>
                {total.meetingsBooked}
              </Text>
            </Group>
          </Stack>
        </Card>
      </div>
    </>
  );
}

function Metric({ label, value, testId }: { label: string; value: number | null; testId: string }) {
  return (
    <Paper withBorder p="sm" component="div">
      <Text component="dt" size="sm" c="dimmed">
        {label}
      </Text>
      <Text component="dd" m={0} fz={28} fw={700} data-testid={testId} aria-busy={value === null}>
        {value === null ? '…' : value.toLocaleString()}
      </Text>
    </Paper>
  );
}

function Rate({ label, part, whole }: { label: string; part: number; whole: number }) {
  const value = rate(part, whole);
  return (
    <Group justify="space-between">
      <Text size="sm">{label}</Text>
      <Text size="sm" fw={700}>
        {value === null ? '—' : `${value}%`}{' '}
        <Text span size="xs" c="dimmed" fw={400}>
          ({part})
        </Text>
      </Text>
    </Group>
  );
}
