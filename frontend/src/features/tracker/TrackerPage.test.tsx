import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { aCampaign } from '../../test/mothers';
import { fakeFetch, json, problem, renderApp } from '../../test/harness';
import TrackerPage from './TrackerPage';
import { isoDay, lastDays } from './trackerApi';

const DAY = 86_400_000;

function trackerCalls(calls: { url: string }[]) {
  return calls
    .filter((c) => c.url.startsWith('/api/dashboard/campaigns/c-1/tracker'))
    .map((c) => Object.fromEntries(new URL(c.url, 'http://x').searchParams));
}

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

  it('asks for the last 30 days first, then the preset chosen', async () => {
    const { calls } = renderTracker({
      'GET /api/campaigns': () => json(200, [aCampaign({ status: 'ACTIVE' })]),
      'GET /api/dashboard/campaigns/c-1/tracker': () => json(200, aTracker()),
    });

    await screen.findByTestId('funnel-Found');
    expect(trackerCalls(calls)[0]).toEqual(lastDays(30));
    expect(screen.getByRole('radiogroup', { name: 'Period' })).toBeInTheDocument();
    fireEvent.click(screen.getByText('7 days'));

    await waitFor(() => expect(trackerCalls(calls).at(-1)).toEqual(lastDays(7)));
    const seven = trackerCalls(calls).at(-1) ?? {};
    expect((Date.parse(seven.to ?? '') - Date.parse(seven.from ?? '')) / DAY).toBe(6);
    expect(seven.to).toBe(isoDay(new Date()));
    fireEvent.click(screen.getByText('90 days'));
    await waitFor(() => expect(trackerCalls(calls).at(-1)).toEqual(lastDays(90)));
  });

  it('asks for a custom range of days, starting from the period on screen', async () => {
    const { calls } = renderTracker({
      'GET /api/campaigns': () => json(200, [aCampaign({ status: 'ACTIVE' })]),
      'GET /api/dashboard/campaigns/c-1/tracker': () => json(200, aTracker()),
    });
    await screen.findByTestId('funnel-Found');

    fireEvent.click(screen.getByText('Custom'));
    const first = screen.getByLabelText('First day');
    const last = screen.getByLabelText('Last day');
    expect(first).toHaveValue(lastDays(30).from);
    expect(last).toHaveValue(lastDays(30).to);
    const from = isoDay(new Date(Date.now() - 60 * DAY));
    const to = isoDay(new Date(Date.now() - 10 * DAY));
    fireEvent.change(first, { target: { value: from } });
    fireEvent.change(last, { target: { value: to } });

    await waitFor(() => expect(trackerCalls(calls).at(-1)).toEqual({ from, to }));
  });

  it('says what is wrong with a custom range and asks for nothing', async () => {
    const { calls } = renderTracker({
      'GET /api/campaigns': () => json(200, [aCampaign({ status: 'ACTIVE' })]),
      'GET /api/dashboard/campaigns/c-1/tracker': () => json(200, aTracker()),
    });
    await screen.findByTestId('funnel-Found');
    fireEvent.click(screen.getByText('Custom'));

    fireEvent.change(screen.getByLabelText('Last day'), { target: { value: isoDay(new Date(Date.now() - 40 * DAY)) } });
    expect(await screen.findByText('Must be on or before the last day')).toBeInTheDocument();
    const before = trackerCalls(calls).length;
    expect(screen.getByText(/Choose a period of at most 366 days/)).toBeInTheDocument();

    fireEvent.change(screen.getByLabelText('First day'), { target: { value: isoDay(new Date(Date.now() - 500 * DAY)) } });
    expect(await screen.findByText('At most 366 days before the last day')).toBeInTheDocument();

    fireEvent.change(screen.getByLabelText('Last day'), { target: { value: '' } });
    expect(await screen.findByText('Choose the last day')).toBeInTheDocument();
    expect(trackerCalls(calls)).toHaveLength(before);
  });
});
