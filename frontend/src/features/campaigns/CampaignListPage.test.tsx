import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { fakeFetch, json, problem, renderApp } from '../../test/harness';
import { aCampaignView, aNewDraft } from './campaignMothers';
import { CampaignListPage } from './CampaignListPage';

function renderList(answer: () => Response) {
  const fake = fakeFetch({ 'GET /api/campaigns': answer });
  renderApp(
    <Routes>
      <Route path="/campaigns" element={<CampaignListPage />} />
    </Routes>,
    { fetch: fake.fetch, route: '/campaigns' },
  );
}

describe('CampaignListPage', () => {
  it('offers to continue the setup of each draft', async () => {
    renderList(() =>
      json(200, [
        aNewDraft({ id: 'd-1', name: 'Half-done draft' }),
        aCampaignView({ id: 'c-2', name: 'Running', status: 'ACTIVE' }),
      ]),
    );

    const resume = await screen.findByRole('link', { name: 'Continue setup of Half-done draft' });
    expect(resume).toHaveAttribute('href', '/campaigns/d-1/setup');
    expect(screen.getByText('3 step(s) missing')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Continue setup of Running' })).not.toBeInTheDocument();
  });

  it('invites to set up a first campaign when there is none', async () => {
    renderList(() => json(200, []));

    expect(await screen.findByRole('link', { name: 'Set up your first campaign' })).toHaveAttribute('href', '/campaigns/new');
  });

  it('shows why the list cannot be read', async () => {
    renderList(() => problem(503, 'Campaign service is down'));

    expect(await screen.findByRole('alert')).toHaveTextContent('Campaign service is down');
  });
});
