import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { aCampaign } from '../../test/mothers';
import { fakeFetch, json, problem, renderApp } from '../../test/harness';
import TrackerPage from './TrackerPage';

const RATES = { qualification: 0.5, delivery: 1, open: 0.5, click: 0.25, reply: 0.25, meeting: 0.25, bounce: 0, unsubscribe: 0 };

function aTracker() {
  return {
    campaignId: 'c-1',
    campaignName: 'Sales leaders',
    status: 'ACTIVE',
    from: '2026-01-01',
    to: '2026-01-30',
    timeZone: 'UTC',
    days: [
      { day: '2026-01-29', counts: { emailsSent: 3, meetingsBooked: 0 }, runningRates: RATES },
      { day: '2026-01-30', counts: { emailsSent: 1, meetingsBooked: 1 }, runningRates: RATES },
    ],
    rangeTotals: { emailsSent: 4, meetingsBooked: 1 },
    rangeRates: RATES,
    totals: { emailsSent: 4 },
    rates: RATES,
    funnel: [
      { stage: 'found', prospects: 20, fromPrevious: null },
      { stage: 'qualified', prospects: 10, fromPrevious: 0.5 },
      { stage: 'sent', prospects: 4, fromPrevious: 0.4 },
      { stage: 'meeting', prospects: 1, fromPrevious: 0.25 },
    ],
  };
}

function renderTracker(routes: Parameters<typeof fakeFetch>[0]) {
  const fake = fakeFetch(routes);
  renderApp(
    <Routes>
      <Route path="/tracker" element={<TrackerPage />} />
    </Routes>,
    { fetch: fake.fetch, route: '/tracker' },
  );
  return fake;
}

describe('TrackerPage', () => {
  it("shows the first launched campaign's series summaries and funnel", async () => {
    const { calls } = renderTracker({
      'GET /api/campaigns': () => json(200, [aCampaign({ id: 'c-0', status: 'DRAFT' }), aCampaign({ id: 'c-1', status: 'ACTIVE', name: 'Sales leaders' })]),
      'GET /api/dashboard/campaigns/c-1/tracker': () => json(200, aTracker()),
    });

    expect(await screen.findByTestId('funnel-Found')).toHaveTextContent('20');
    expect(screen.getByTestId('funnel-Sent')).toHaveTextContent('4');
    expect(screen.getByTestId('funnel-Meetings')).toHaveTextContent('1');
    expect(screen.getByRole('img', { name: /Email volume: 4 emails sent from 2026-01-01 to 2026-01-30/ })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /Engagement rate: Opened 50%, clicked 25%, replied 25%/ })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /Meetings booked: 1 meeting booked/ })).toBeInTheDocument();
    const call = calls.find((c) => c.url.startsWith('/api/dashboard/campaigns/c-1/tracker'));
    expect(call?.url).toMatch(/\?from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}$/);
  });

  it('says there is nothing to track before a launch', async () => {
    renderTracker({ 'GET /api/campaigns': () => json(200, [aCampaign({ status: 'DRAFT' })]) });

    expect(await screen.findByRole('heading', { name: 'Nothing to track yet' })).toBeInTheDocument();
  });

  it("shows the tracker's problem with a retry", async () => {
    renderTracker({
      'GET /api/campaigns': () => json(200, [aCampaign({ status: 'ACTIVE' })]),
      'GET /api/dashboard/campaigns/c-1/tracker': () => problem(400, 'from: must be a date as yyyy-MM-dd'),
    });

    expect(await screen.findByRole('alert')).toHaveTextContent('from: must be a date as yyyy-MM-dd');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
