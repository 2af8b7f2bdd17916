import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AppRoutes } from '../App';
import { aCampaign } from '../test/mothers';
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

describe('DashboardPage', () => {
  it("adds up the launched campaigns' counts in the metrics bar", async () => {
    const metrics = (found: number, sent: number) => ({
      prospectsFound: found, qualified: 2, inReview: 0, rejected: 0, emailsDrafted: 3, emailsApproved: 1,
      emailsSent: sent, delivered: sent, humanOpens: 1, clicks: 0, replies: 1, bounces: 0,
      unsubscribes: 0, spamReports: 0, meetingsBooked: 0,
    });
    const { fetch, calls } = routes({
      'GET /api/campaigns': () =>
        json(200, [
          aCampaign({ id: 'c-1', status: 'ACTIVE' }),
          aCampaign({ id: 'c-2', status: 'PAUSED', name: 'Second' }),
          aCampaign({ id: 'c-3', status: 'DRAFT', name: 'Not launched' }),
        ]),
      'GET /api/campaigns/c-1/metrics': () => json(200, metrics(10, 4)),
      'GET /api/campaigns/c-2/metrics': () => json(200, metrics(5, 1)),
    });
    renderApp(<AppRoutes />, { fetch, route: '/dashboard' });

    await waitFor(() => expect(screen.getByTestId('dash-prospectsFound')).toHaveTextContent('15'));
    expect(screen.getByTestId('dash-qualified')).toHaveTextContent('4');
    expect(screen.getByTestId('dash-emailsSent')).toHaveTextContent('5');
    expect(screen.getByTestId('dash-replies')).toHaveTextContent('2');
    expect(calls.some((c) => c.url === '/api/campaigns/c-3/metrics')).toBe(false);
    expect(screen.getByRole('link', { name: 'Review drafts (4)' })).toHaveAttribute('href', '/review');
  });

  it('leads a new workspace to its first campaign', async () => {
    const { fetch } = routes();
    renderApp(<AppRoutes />, { fetch, route: '/dashboard' });

    expect(await screen.findByRole('heading', { name: 'No campaign yet' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Create your first campaign' })).toHaveAttribute('href', '/campaigns/new');
  });

  it('shows why the campaigns could not be loaded', async () => {
    const { fetch } = routes({ 'GET /api/campaigns': () => problem(503, 'campaign-service is unavailable') });
    renderApp(<AppRoutes />, { fetch, route: '/dashboard' });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The service had a problem');
    expect(alert).toHaveTextContent('campaign-service is unavailable');
  });
});
