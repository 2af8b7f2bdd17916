import { fireEvent, screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { aCampaign, someMetrics } from '../../test/mothers';
import { fakeFetch, json, problem, renderApp } from '../../test/harness';
import { CampaignPage } from './CampaignPage';

function renderCampaignPage(routes: Parameters<typeof fakeFetch>[0]) {
  const fake = fakeFetch({
    'GET /api/campaigns/c-1/metrics': () => json(200, someMetrics()),
    ...routes,
  });
  renderApp(
    <Routes>
      <Route path="/campaigns/:id" element={<CampaignPage />} />
    </Routes>,
    { fetch: fake.fetch, route: '/campaigns/c-1' },
  );
  return fake;
}

describe('CampaignPage', () => {
  it('shows the live counts and launches a draft campaign', async () => {
    const { calls } = renderCampaignPage({
      'GET /api/campaigns': () => json(200, [aCampaign()]),
      'POST /api/campaigns/c-1/launch': () =>
        json(200, aCampaign({ status: 'ACTIVE', launchedAt: '2026-01-06T08:00:00Z' })),
    });

    expect(await screen.findByTestId('metric-prospectsFound')).toHaveTextContent('12');
    expect(screen.getByTestId('metric-meetingsBooked')).toHaveTextContent('1');
    const actions = screen.getByRole('group', { name: 'Campaign actions' });
    expect(within(actions).getByRole('button', { name: 'Pause' })).toBeDisabled();

    fireEvent.click(within(actions).getByRole('button', { name: 'Launch' }));

    expect(await screen.findByText('Active')).toBeInTheDocument();
    expect(within(actions).getByRole('button', { name: 'Pause' })).toBeEnabled();
    expect(within(actions).getByRole('button', { name: 'Launch' })).toBeDisabled();
    expect(calls.some((c) => c.method === 'POST' && c.url === '/api/campaigns/c-1/launch')).toBe(true);
  });

  it("shows the problem's detail when the service refuses the change", async () => {
    renderCampaignPage({
      'GET /api/campaigns': () => json(200, [aCampaign({ status: 'ACTIVE' })]),
      'POST /api/campaigns/c-1/pause': () =>
        problem(409, 'The campaign was stopped by another user.'),
    });

    fireEvent.click(await screen.findByRole('button', { name: 'Pause' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The campaign was stopped by another user.',
    );
  });
});
