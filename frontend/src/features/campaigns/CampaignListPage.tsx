import { Link } from 'react-router-dom';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from './format';
import { useCampaigns } from './queries';
import { StatusBadge } from './StatusBadge';

export function CampaignListPage() {
  const campaigns = useCampaigns();
  return (
    <section>
      <header className="page-header">
        <h1>Campaigns</h1>
        <Link to="/campaigns/new" className="button button-primary">
          New campaign
        </Link>
      </header>
      <ErrorAlert error={campaigns.error} />
      {campaigns.isPending && <p>Loading campaigns…</p>}
      {campaigns.data && campaigns.data.length === 0 && (
        <p className="empty">No campaign yet. Create one to start finding prospects.</p>
      )}
      {campaigns.data && campaigns.data.length > 0 && (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Sector</th>
              <th scope="col">Status</th>
              <th scope="col">Created</th>
              <th scope="col">Launched</th>
            </tr>
          </thead>
          <tbody>
            {campaigns.data.map((c) => (
              <tr key={c.id}>
                <td>
                  <Link to={`/campaigns/${encodeURIComponent(c.id)}`}>{c.name}</Link>
                </td>
                <td>{c.sector}</td>
                <td>
                  <StatusBadge status={c.status} />
                </td>
                <td>{formatDateTime(c.createdAt)}</td>
                <td>{formatDateTime(c.launchedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
