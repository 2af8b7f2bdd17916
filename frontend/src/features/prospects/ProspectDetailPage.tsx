import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { Link, useLocation, useParams } from 'react-router-dom';
import { ErrorState, LoadingState } from '../../components/states';
import { BantBreakdown, DecisionBadge, Tag } from './BantBreakdown';
import { fullName } from './ProspectList';
import { useProspect, useProspectCampaigns, type Prospect, type ProspectCampaign } from './prospectsApi';
import './prospects.css';

const SOURCE_LABEL: Record<string, string> = { DEMO: 'the demo directory', ROCKETREACH: 'RocketReach', CSV: 'a CSV import' };

/** One prospect: who, the company, and the BANT breakdown with the qualifier's reason for each criterion. */
export function ProspectDetailPage() {
  const { id = '' } = useParams();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from ?? '';
  const prospect = useProspect(id);
  const campaigns = useProspectCampaigns();
  const back = (
    <Anchor component={Link} to={`/prospects${from}`} size="sm">
      ← Back to the prospects
    </Anchor>
  );

  if (prospect.isPending) return <LoadingState label="Loading the prospect…" />;
  if (prospect.isError) {
    return (
      <Stack gap="md">
        {back}
        <Title order={1}>Prospect</Title>
        <ErrorState error={prospect.error} onRetry={() => void prospect.refetch()} />
      </Stack>
    );
  }
  const campaign = campaigns.data?.find((c) => c.id === prospect.data.campaignId) ?? null;
  return <Detail prospect={prospect.data} campaign={campaign} back={back} />;
}

function Detail({ prospect: p, campaign, back }: { prospect: Prospect; campaign: ProspectCampaign | null; back: React.ReactNode }) {
  const { person, bant } = p;
  return (
    <Stack gap="md">
      {back}
      <Group justify="space-between" align="start" wrap="wrap">
        <div>
          <Title order={1}>{fullName(p)}</Title>
          <Text c="dimmed">
            {person.title || 'Title unknown'} at <strong>{person.companyName || 'an unknown company'}</strong>
          </Text>
        </div>
        {bant && (
          <Group gap="sm" align="center">
            <div className="detail-score">
              <span className="detail-score-value">{bant.score}</span>
              <span className="detail-score-label">BANT / 100</span>
            </div>
            <Stack gap={4}>
              <DecisionBadge decision={bant.decision} />
              {bant.hot && (
                <Tag color="hot">Hot</Tag>
              )}
            </Stack>
          </Group>
        )}
      </Group>

      <div className="detail-grid">
        <Card withBorder component="section" aria-labelledby="detail-bant">
          <Title order={2} size="h4" id="detail-bant" mb="xs">
            BANT breakdown
          </Title>
          {bant ? (
            <>
              <Text size="sm" c="dimmed" mb="sm">
                Scored {bant.score} against the threshold {bant.threshold} of{' '}
                {campaign ? campaign.name : 'its campaign'}: the qualifier says{' '}
                <strong>{bant.decision.toLowerCase()}</strong>
                {p.review
                  ? `, and a reviewer ${p.review.decision === 'QUALIFIED' ? 'qualified' : 'rejected'} them${
                      p.review.reason ? ` (“${p.review.reason}”)` : ''
                    }`
                  : ''}
                .
              </Text>
              <BantBreakdown bant={bant} weights={campaign?.qualification.weights ?? null} />
              <Text size="xs" c="dimmed" mt="sm" data-testid="assessor">
                Assessed by: not shown. The qualifier records whether its rules or a language model scored each prospect
                (ProspectQualified.scoredBy), but the prospects API does not pass it on yet.
              </Text>
            </>
          ) : (
            <Text size="sm" c="dimmed">
              Not scored yet: the qualifier scores a prospect within seconds of it being found.
            </Text>
          )}
        </Card>

        <Stack gap="md">
          <Card withBorder component="section" aria-labelledby="detail-person">
            <Title order={2} size="h4" id="detail-person" mb="xs">
              Contact
            </Title>
            <dl className="facts">
              <dt>Email</dt>
              <dd>
                {person.email || '—'}
                {bant && (
                  <>
                    {' '}
                    <Tag color={bant.contactable ? 'green' : 'red'}>{bant.contactable ? 'usable' : 'not usable'}</Tag>
                  </>
                )}
              </dd>
              <dt>Time zone</dt>
              <dd>{person.timeZone || '—'}</dd>
              <dt>Found in</dt>
              <dd>{SOURCE_LABEL[p.source] ?? p.source}</dd>
              <dt>Found on</dt>
              <dd>{p.createdAt ? new Date(p.createdAt).toLocaleString('en-GB') : '—'}</dd>
              <dt>Status</dt>
              <dd>{p.status.charAt(0) + p.status.slice(1).toLowerCase()}</dd>
            </dl>
          </Card>
          <Card withBorder component="section" aria-labelledby="detail-company">
            <Title order={2} size="h4" id="detail-company" mb="xs">
              Company
            </Title>
            <dl className="facts">
              <dt>Name</dt>
              <dd>{person.companyName || '—'}</dd>
              <dt>Domain</dt>
              <dd>{person.companyDomain || '—'}</dd>
              <dt>Industry</dt>
              <dd>{person.industry || '—'}</dd>
            </dl>
            <Text size="xs" c="dimmed" mt="xs">
              Size, revenue and funding are quoted in the Budget reason.
            </Text>
          </Card>
          <Card withBorder component="section" aria-labelledby="detail-signals">
            <Title order={2} size="h4" id="detail-signals" mb="xs">
              Signals
            </Title>
            <Text size="sm" c="dimmed">
              The buying signals (funding, hiring, job changes, posts) are kept by campaign-service but not given by the
              prospects API yet; the Need and Timeline reasons quote the ones that counted.
            </Text>
          </Card>
        </Stack>
      </div>
    </Stack>
  );
}
