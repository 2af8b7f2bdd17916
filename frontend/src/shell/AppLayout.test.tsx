import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AppRoutes } from '../App';
import { fakeFetch, json, problem, renderApp } from '../test/harness';

const ME = { email: 'ada@example.com', workspaceId: 'w-1', workspaceName: 'Acme' };
const WORKSPACES = [
  { id: 'w-1', name: 'Acme', role: 'OWNER', current: true },
  { id: 'w-2', name: 'Globex', role: 'MEMBER', current: false },
];

function routes(extra: Parameters<typeof fakeFetch>[0] = {}) {
  return fakeFetch({
    'GET /api/me': () => json(200, ME),
    'GET /api/workspaces': () => json(200, WORKSPACES),
    'GET /api/campaigns': () => json(200, []),
    'GET /api/dashboard': () => json(200, aDashboard({ campaignStatus: { byStatus: {}, campaigns: [] }, hotLeads: [] })),
    ...extra,
  });
}

describe('AppLayout', () => {
  it('offers the five screens in one labelled navigation, the current one marked', async () => {
    const { fetch } = routes();
    renderApp(<AppRoutes />, { fetch, route: '/review' });

    const nav = await screen.findByRole('navigation', { name: 'Main' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual([
      expect.stringContaining('Dashboard'),
      expect.stringContaining('Campaigns'),
      expect.stringContaining('Prospects'),
      expect.stringContaining('Review'),
      expect.stringContaining('Tracker'),
    ]);
    expect(within(nav).getByRole('link', { name: /Review/ })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: /Dashboard/ })).not.toHaveAttribute('aria-current');
    expect(await screen.findByText('ada@example.com')).toBeInTheDocument();
  });

  it('opens on the dashboard and moves between screens', async () => {
    const { fetch } = routes();
    renderApp(<AppRoutes />, { fetch, route: '/' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Dashboard' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('link', { name: /Prospects/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Prospects' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('link', { name: /Campaigns/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Campaigns' })).toBeInTheDocument();
  });

  it('starts with a skip link to the main region, before the navigation', async () => {
    const { fetch } = routes();
    renderApp(<AppRoutes />, { fetch, route: '/dashboard' });

    const skip = await screen.findByRole('link', { name: 'Skip to content' });
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(skip).toHaveAttribute('href', '#main');
    expect(skip.compareDocumentPosition(nav) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(document.getElementById('main')).toHaveAttribute('tabindex', '-1');
  });

  it('has a menu button that says whether the navigation is open', async () => {
    const { fetch } = routes();
    renderApp(<AppRoutes />, { fetch, route: '/dashboard' });

    const burger = await screen.findByRole('button', { name: 'Open navigation' });
    expect(burger).toHaveAttribute('aria-expanded', 'false');
    fireEvent.click(burger);
    expect(screen.getByRole('button', { name: 'Close navigation' })).toHaveAttribute('aria-expanded', 'true');
  });

  it('signs out from the header', async () => {
    const { fetch } = routes();
    const { store } = renderApp(<AppRoutes />, { fetch, route: '/dashboard' });

    fireEvent.click(await screen.findByRole('button', { name: 'Sign out' }));

    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    expect(store.get()).toBeNull();
  });

  it('shows an unknown address as not found, inside the frame', async () => {
    const { fetch } = routes();
    renderApp(<AppRoutes />, { fetch, route: '/nowhere' });

    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the dashboard' })).toHaveAttribute('href', '/dashboard');
  });
});

const NO_RATES = { qualification: null, delivery: null, open: null, click: null, reply: null, meeting: null, bounce: null, unsubscribe: null };

function aDashboard(overrides: Record<string, unknown> = {}) {
  return {
    version: 7,
    metricsBar: { prospectsFound: 15, qualified: 4, emailsSent: 5, responses: 2 },
    campaignStatus: {
      byStatus: { DRAFT: 1, ACTIVE: 1, PAUSED: 1, STOPPED: 0, COMPLETED: 0 },
      campaigns: [
        { id: 'c-1', name: 'Sales leaders', status: 'ACTIVE', threshold: 60, launchedAt: '2026-01-06T08:00:00Z', counts: {}, rates: NO_RATES },
        { id: 'c-2', name: 'Second', status: 'PAUSED', threshold: 60, launchedAt: '2026-01-06T08:00:00Z', counts: {}, rates: NO_RATES },
      ],
    },
    quickActions: { prospectsInReview: 3, hotLeads: 1, pausedCampaigns: 1, draftCampaigns: 1 },
    engagement: {
      counts: { prospectsContacted: 5, humanOpens: 2, clicks: 1, replies: 2, meetingsBooked: 1 },
      rates: { ...NO_RATES, open: 0.4, click: 0.2, reply: 0.4, meeting: 0.2 },
      recentDays: [],
    },
    hotLeads: [
      { prospectId: 'p-1', campaignId: 'c-1', campaignName: 'Sales leaders', name: 'Grace Hopper', title: 'VP Sales', company: 'Acme', score: 91, at: '2026-01-07T09:00:00Z' },
    ],
    ...overrides,
  };
}

describe('DashboardPage', () => {
  it('shows the metrics bar, hot leads and the three cards from GET /api/dashboard', async () => {
    const { fetch } = routes({ 'GET /api/dashboard': () => json(200, aDashboard()) });
    renderApp(<AppRoutes />, { fetch, route: '/dashboard' });

    expect(await screen.findByTestId('dash-prospectsFound')).toHaveTextContent('15');
    expect(screen.getByTestId('dash-qualified')).toHaveTextContent('4');
    expect(screen.getByTestId('dash-emailsSent')).toHaveTextContent('5');
    expect(screen.getByTestId('dash-replies')).toHaveTextContent('2');
    const hot = screen.getByRole('region', { name: 'Hot leads' });
    expect(hot).toHaveTextContent('Grace Hopper, VP Sales at Acme · Sales leaders');
    expect(hot).toHaveTextContent('score 91');
    expect(screen.getByTestId('status-counts')).toHaveTextContent('1 active · 1 paused · 1 draft · 0 ended');
    expect(screen.getByRole('link', { name: 'Sales leaders' })).toHaveAttribute('href', '/campaigns/c-1');
    expect(screen.getByRole('link', { name: 'Decide on 3 doubtful prospects' })).toHaveAttribute('href', '/prospects');
    const engagement = screen.getByRole('region', { name: 'Engagement' });
    expect(engagement).toHaveTextContent('Opened (people)40% (2)');
    expect(engagement).toHaveTextContent('Shares of the 5 prospects contacted.');
  });

  it('leads a new workspace to its first campaign', async () => {
    const dashboard = aDashboard({
      campaignStatus: { byStatus: {}, campaigns: [] },
      hotLeads: [],
    });
    const { fetch } = routes({ 'GET /api/dashboard': () => json(200, dashboard) });
    renderApp(<AppRoutes />, { fetch, route: '/dashboard' });

    expect(await screen.findByRole('heading', { name: 'No campaign yet' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Create your first campaign' })).toHaveAttribute('href', '/campaigns/new');
  });

  it('shows why the dashboard could not be loaded', async () => {
    const { fetch } = routes({ 'GET /api/dashboard': () => problem(503, 'campaign-service is unavailable') });
    renderApp(<AppRoutes />, { fetch, route: '/dashboard' });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The service had a problem');
    expect(alert).toHaveTextContent('campaign-service is unavailable');
  });

  it('refuses an answer of the wrong shape with a readable error', async () => {
    const { fetch } = routes({ 'GET /api/dashboard': () => json(200, { metricsBar: 'nope' }) });
    renderApp(<AppRoutes />, { fetch, route: '/dashboard' });

    expect(await screen.findByRole('alert')).toHaveTextContent('was not understood');
  });
});
