import { Link, useParams } from 'react-router-dom';
import type { Campaign, CampaignAction, Metrics } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { WEEK_DAYS } from './campaignForm';
import { formatDateTime } from './format';
import { useCampaign, useCampaignAction, useCampaignMetrics } from './queries';
import { StatusBadge } from './StatusBadge';

const ACTIONS: { action: CampaignAction; label: string; allowedFrom: Campaign['status'][] }[] = [
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

function dayLabel(day: string): string {
  return WEEK_DAYS.find((d) => d.value === day)?.label ?? day;
}

export function CampaignPage() {
  const { id = '' } = useParams();
  const campaign = useCampaign(id);

  if (campaign.isPending) return <p>Loading campaign…</p>;
  if (campaign.error) return <ErrorAlert error={campaign.error} />;
  if (!campaign.data) {
    return (
      <section>
        <h1>Campaign not found</h1>
        <p>
          <Link to="/campaigns">Back to campaigns</Link>
        </p>
      </section>
    );
  }
  return <CampaignDetails campaign={campaign.data} />;
}

function CampaignDetails({ campaign }: { campaign: Campaign }) {
  const change = useCampaignAction(campaign.id);
  // A campaign set up step by step (the 5-step API) has no profile, meeting or template until
  // the step is saved: shown as empty rather than breaking the page.
  const profile = campaign.targetProfile ?? { titles: [], seniorities: [], companySizes: [], industries: [], countries: [] };
  const meeting = campaign.meeting ?? { days: [], startHour: 0, endHour: 0, timeZone: '—', schedulerLink: null };
  const template = campaign.emailTemplate ?? { subject: '—', body: '' };
  return (
    <section>
      <header className="page-header">
        <div>
          <p className="breadcrumb">
            <Link to="/campaigns">Campaigns</Link>
          </p>
          <h1>
            {campaign.name} <StatusBadge status={campaign.status} />
          </h1>
        </div>
        <div className="actions" role="group" aria-label="Campaign actions">
          {ACTIONS.map(({ action, label, allowedFrom }) => (
            <button
              key={action}
              type="button"
              className={action === 'stop' ? 'button button-danger' : 'button'}
              disabled={change.isPending || !allowedFrom.includes(campaign.status)}
              onClick={() => change.mutate(action)}
            >
              {label}
            </button>
          ))}
        </div>
      </header>
      <ErrorAlert error={change.error} />

      <MetricsPanel campaignId={campaign.id} />

      <div className="grid-2">
        <div className="card">
          <h2>Target profile</h2>
          <dl className="details">
            <dt>Sector</dt>
            <dd>{campaign.sector}</dd>
            <dt>Titles</dt>
            <dd>{profile.titles.join(', ') || '—'}</dd>
            <dt>Seniorities</dt>
            <dd>{profile.seniorities.join(', ') || '—'}</dd>
            <dt>Company sizes</dt>
            <dd>{profile.companySizes.join(', ') || '—'}</dd>
            <dt>Industries</dt>
            <dd>{profile.industries.join(', ') || '—'}</dd>
            <dt>Countries</dt>
            <dd>{profile.countries.join(', ') || '—'}</dd>
            <dt>BANT threshold</dt>
            <dd>{campaign.threshold}</dd>
            <dt>Prospects per day</dt>
            <dd>{campaign.dailyProspectQuota}</dd>
            <dt>Created</dt>
            <dd>{formatDateTime(campaign.createdAt)}</dd>
            <dt>Launched</dt>
            <dd>{formatDateTime(campaign.launchedAt)}</dd>
          </dl>
        </div>
        <div className="card">
          <h2>Meetings</h2>
          <p>
            {meeting.days.map(dayLabel).join(', ')}, {meeting.startHour}:00–{meeting.endHour}:00 (
            {meeting.timeZone})
          </p>
          {meeting.schedulerLink && (
            <p>
              Scheduler: <a href={meeting.schedulerLink}>{meeting.schedulerLink}</a>
            </p>
          )}
          <h2>Email template</h2>
          <p className="template-subject">{template.subject}</p>
          <pre className="template-body">{template.body}</pre>
          <p>
            <Link to={`/review?campaignId=${encodeURIComponent(campaign.id)}`}>
              Open this campaign’s review queue
            </Link>
          </p>
        </div>
      </div>
    </section>
  );
}

function MetricsPanel({ campaignId }: { campaignId: string }) {
  const metrics = useCampaignMetrics(campaignId);
  return (
    <section className="card" aria-labelledby="metrics-title">
      <h2 id="metrics-title">Live counts</h2>
      {metrics.error && <ErrorAlert error={metrics.error} />}
      {metrics.isPending && !metrics.error && <p>Loading counts…</p>}
      {metrics.data && (
        <dl className="metrics">
          {METRICS.map(({ key, label }) => (
            <div key={key} className="metric">
              <dt>{label}</dt>
              <dd data-testid={`metric-${key}`}>{metrics.data[key]}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
