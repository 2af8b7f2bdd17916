import { Button, Card, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router-dom';
import { EmptyState, QueryState } from '../../components/states';
import { StatusBadge } from '../campaigns/StatusBadge';
import { formatDateTime } from '../campaigns/format';
import { percent, useDashboardStream, useWorkspaceDashboard, type WorkspaceDashboard } from './dashboardApi';

/** Screen 1 of the brief: the status in 30 seconds, kept current by the live stream. */
export function DashboardPage() {
  const dashboard = useWorkspaceDashboard();
  useDashboardStream();
  return (
    <Stack gap="md">
      <Title order={1}>Dashboard</Title>
      <QueryState
        query={dashboard}
        loadingLabel="Loading the dashboard…"
        isEmpty={(d) => d.campaignStatus.campaigns.length === 0}
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
        {(d) => <Overview dashboard={d} />}
      </QueryState>
    </Stack>
  );
}

function Overview({ dashboard }: { dashboard: WorkspaceDashboard }) {
  const { metricsBar: bar, campaignStatus, quickActions: actions, engagement, hotLeads } = dashboard;
  const by = (status: string) => campaignStatus.byStatus[status] ?? 0;
  const active = campaignStatus.campaigns.filter((c) => c.status === 'ACTIVE');
  const shown = (active.length > 0 ? active : campaignStatus.campaigns).slice(0, 5);
  const count = (key: string) => engagement.counts[key] ?? 0;

  return (
    <>
      <dl className="metrics-bar" aria-label="Workspace totals">
        <Metric label="Prospects found" value={bar.prospectsFound} testId="dash-prospectsFound" />
        <Metric label="Qualified" value={bar.qualified} testId="dash-qualified" />
        <Metric label="Emails sent" value={bar.emailsSent} testId="dash-emailsSent" />
        <Metric label="Responses" value={bar.responses} testId="dash-replies" />
      </dl>
      {hotLeads.length > 0 && (
        <Card withBorder component="section" aria-labelledby="card-hot" className="hot-leads">
          <Title order={2} size="h4" id="card-hot" mb="xs">
            Hot leads
          </Title>
          <Stack gap={4}>
            {hotLeads.slice(0, 5).map((lead) => (
              <Group key={lead.prospectId} justify="space-between" wrap="nowrap">
                <Text size="sm" truncate>
                  <strong>{lead.name}</strong>
                  {lead.title ? `, ${lead.title}` : ''}
                  {lead.company ? ` at ${lead.company}` : ''}
                  {lead.campaignName ? ` · ${lead.campaignName}` : ''}
                </Text>
                <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                  score {lead.score} · {formatDateTime(lead.at)}
                </Text>
              </Group>
            ))}
          </Stack>
        </Card>
      )}
      <div className="cards">
        <Card withBorder component="section" aria-labelledby="card-status">
          <Title order={2} size="h4" id="card-status" mb="xs">
            Campaign status
          </Title>
          <Text size="sm" mb="sm" data-testid="status-counts">
            <strong>{by('ACTIVE')}</strong> active · <strong>{by('PAUSED')}</strong> paused ·{' '}
            <strong>{by('DRAFT')}</strong> draft · <strong>{by('STOPPED') + by('COMPLETED')}</strong> ended
          </Text>
          <Stack gap={4}>
            {shown.map((c) => (
              <Group key={c.id} justify="space-between" wrap="nowrap">
                <Text component={Link} to={`/campaigns/${encodeURIComponent(c.id)}`} size="sm" truncate c="blue.8" td="underline">
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
              Review drafts
            </Button>
            <Button component={Link} to="/prospects" variant="default">
              {actions.prospectsInReview > 0
                ? `Decide on ${actions.prospectsInReview} doubtful prospect${actions.prospectsInReview === 1 ? '' : 's'}`
                : 'See the prospects'}
            </Button>
            <Button component={Link} to="/campaigns/new" variant="default">
              New campaign
            </Button>
            {(actions.pausedCampaigns > 0 || actions.draftCampaigns > 0) && (
              <Text size="xs" c="dimmed">
                {actions.pausedCampaigns} paused, {actions.draftCampaigns} not launched yet:{' '}
                <Text component={Link} to="/campaigns" size="xs" c="blue.8" td="underline">
                  open the campaigns
                </Text>
              </Text>
            )}
          </Stack>
        </Card>
        <Card withBorder component="section" aria-labelledby="card-engagement">
          <Title order={2} size="h4" id="card-engagement" mb="xs">
            Engagement
          </Title>
          <Stack gap={6}>
            <Rate label="Opened (people)" share={engagement.rates.open} count={count('humanOpens')} />
            <Rate label="Clicked" share={engagement.rates.click} count={count('clicks')} />
            <Rate label="Replied" share={engagement.rates.reply} count={count('replies')} />
            <Rate label="Meetings booked" share={engagement.rates.meeting} count={count('meetingsBooked')} />
            <Text size="xs" c="dimmed">
              Shares of the {count('prospectsContacted')} prospects contacted.
            </Text>
          </Stack>
        </Card>
      </div>
    </>
  );
}

function Metric({ label, value, testId }: { label: string; value: number; testId: string }) {
  return (
    <Paper withBorder p="sm" component="div">
      <Text component="dt" size="sm" c="dimmed">
        {label}
      </Text>
      <Text component="dd" m={0} fz={28} fw={700} data-testid={testId}>
        {value.toLocaleString()}
      </Text>
    </Paper>
  );
}

function Rate({ label, share, count }: { label: string; share: number | null; count: number }) {
  return (
    <Group justify="space-between">
      <Text size="sm">{label}</Text>
      <Text size="sm" fw={700}>
        {percent(share)}{' '}
        <Text span size="xs" c="dimmed" fw={400}>
          ({count})
        </Text>
      </Text>
    </Group>
  );
}
