import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Notice } from './setup/Notice';
import { Link, useParams } from 'react-router-dom';
import type { Metrics } from '../../api/types';
import { EmptyState, ErrorState, LoadingState } from '../../components/states';
import type { CampaignAction, CampaignView } from './campaignApi';
import { formatDateTime } from './format';
import { useCampaign, useCampaignAction, useCampaignMetrics } from './queries';
import { MissingList, SetupSummary } from './setup/SetupSummary';
import { StatusBadge } from './StatusBadge';
import './campaigns.css';
import { ApiError } from '../../api/problem';

const ACTIONS: { action: CampaignAction; label: string; allowedFrom: CampaignView['status'][] }[] = [
  { action: 'launch', label: 'Launch', allowedFrom: ['DRAFT'] },
  { action: 'pause', label: 'Pause', allowedFrom: ['ACTIVE'] },
  { action: 'resume', label: 'Resume', allowedFrom: ['PAUSED'] },
  { action: 'stop', label: 'Stop', allowedFrom: ['ACTIVE', 'PAUSED'] },
];

const METRICS: { key: keyof Metrics; label: string }[] = [
  { key: 'prospectsFound', label: 'Prospects found' },
  { key: 'qualified', label: 'Qualified' },
  { key: 'inReview', label: 'In review' },
  { key: 'rejected', label: 'Rejected' },
  { key: 'emailsDrafted', label: 'Emails drafted' },
  { key: 'emailsApproved', label: 'Emails approved' },
  { key: 'emailsSent', label: 'Emails sent' },
  { key: 'delivered', label: 'Delivered' },
  { key: 'humanOpens', label: 'Opened (people)' },
  { key: 'clicks', label: 'Clicked' },
  { key: 'replies', label: 'Replies' },
  { key: 'bounces', label: 'Bounced' },
  { key: 'unsubscribes', label: 'Unsubscribed' },
  { key: 'meetingsBooked', label: 'Meetings booked' },
];

export function CampaignPage() {
  const { id = '' } = useParams();
  const campaign = useCampaign(id);

  if (campaign.isPending) return <LoadingState label="Loading the campaign…" />;
  if (campaign.error) {
    if (campaign.error instanceof ApiError && campaign.error.status === 404) {
      return (
        <EmptyState
          title="Campaign not found"
          action={
            <Button component={Link} to="/campaigns">
              Back to campaigns
            </Button>
          }
        >
          It does not exist, or belongs to another workspace.
        </EmptyState>
      );
    }
    return <ErrorState error={campaign.error} onRetry={() => void campaign.refetch()} />;
  }
  return <CampaignDetails campaign={campaign.data} />;
}

function CampaignDetails({ campaign }: { campaign: CampaignView }) {
  const change = useCampaignAction(campaign.id);
  const draft = campaign.status === 'DRAFT';
  const refusedFor = change.error instanceof ApiError ? change.error.problem.missing : undefined;
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <div>
          <Text size="sm">
            <Link to="/campaigns">Campaigns</Link>
          </Text>
          <Group gap="sm">
            <Title order={1}>{campaign.name}</Title>
            <StatusBadge status={campaign.status} />
          </Group>
          <Text size="sm" c="dimmed">
            Created {formatDateTime(campaign.createdAt)}
            {campaign.launchedAt ? ` · launched ${formatDateTime(campaign.launchedAt)}` : ''}
          </Text>
        </div>
        <Group gap="sm">
          {draft && (
            <Button component={Link} to={`/campaigns/${encodeURIComponent(campaign.id)}/setup`} variant="default">
              Continue setup
            </Button>
          )}
          <Group gap="xs" role="group" aria-label="Campaign actions">
            {ACTIONS.map(({ action, label, allowedFrom }) => (
              <Button
                key={action}
                variant="default"
                c={action === 'stop' ? 'red.9' : undefined}
                disabled={
                  change.isPending ||
                  !allowedFrom.includes(campaign.status) ||
                  (action === 'launch' && campaign.missing.length > 0)
                }
                onClick={() => change.mutate(action)}
              >
                {label}
              </Button>
            ))}
          </Group>
        </Group>
      </Group>
      {refusedFor && refusedFor.length > 0 ? (
        <Notice color="orange" role="alert" title="The launch was refused: the setup is incomplete">
          <MissingList campaignId={campaign.id} missing={refusedFor} />
        </Notice>
      ) : (
        <ErrorState error={change.error} />
      )}
      {draft && campaign.missing.length > 0 && !refusedFor && (
        <Notice color="orange" title="This draft is not complete">
          <MissingList campaignId={campaign.id} missing={campaign.missing} />
        </Notice>
      )}

      {!draft && <MetricsPanel campaignId={campaign.id} />}

      <Title order={2} size="h3">
        Setup
      </Title>
      <SetupSummary campaign={campaign} />
      <Text size="sm">
        <Anchor component={Link} to={`/review?campaignId=${encodeURIComponent(campaign.id)}`}>
          Open this campaign’s review queue
        </Anchor>
      </Text>
    </Stack>
  );
}

function MetricsPanel({ campaignId }: { campaignId: string }) {
  const metrics = useCampaignMetrics(campaignId);
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="metrics-title">
      <Title order={2} size="h3" id="metrics-title" mb="sm">
        Live counts
      </Title>
      {metrics.error && <ErrorState error={metrics.error} onRetry={() => void metrics.refetch()} />}
      {metrics.isPending && !metrics.error && <LoadingState label="Loading counts…" />}
      {metrics.data && (
        <dl className="grid g-2 sm-4 lg-7 metrics-grid">
          {METRICS.map(({ key, label }) => (
            <div key={key} className="metric">
              <dt>{label}</dt>
              <dd data-testid={`metric-${key}`}>{metrics.data[key]}</dd>
            </div>
          ))}
        </dl>
      )}
    </Paper>
  );
}
