import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { someMetrics } from '../../test/mothers';
import { json, problem } from '../../test/harness';
import { aCampaignView, aNewDraft } from './campaignMothers';
import { renderSetup } from './setup/testing';

describe('CampaignPage', () => {
  it('shows the live counts and the setup, and pauses an active campaign', async () => {
    const campaign = aCampaignView({ status: 'ACTIVE', launchedAt: '2026-01-06T08:00:00Z' });
    const { calls } = renderSetup(
      '/campaigns/c-1',
      {
        'GET /api/campaigns/c-1/metrics': () => json(200, someMetrics()),
        'POST /api/campaigns/c-1/pause': () => json(200, { ...campaign, status: 'PAUSED' }),
      },
      campaign,
    );

    expect(await screen.findByTestId('metric-prospectsFound')).toHaveTextContent('12');
    expect(screen.getByTestId('metric-meetingsBooked')).toHaveTextContent('1');
    expect(within(screen.getByTestId('setup-summary')).getByText('Sales leaders in European software')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /^Edit/ })).not.toBeInTheDocument();
    const actions = screen.getByRole('group', { name: 'Campaign actions' });
    expect(within(actions).getByRole('button', { name: 'Launch' })).toBeDisabled();

    fireEvent.click(within(actions).getByRole('button', { name: 'Pause' }));

    expect(await screen.findByText('Paused')).toBeInTheDocument();
    expect(within(actions).getByRole('button', { name: 'Resume' })).toBeEnabled();
    expect(within(actions).getByRole('button', { name: 'Pause' })).toBeDisabled();
    expect(calls.some((c) => c.method === 'POST' && c.url === '/api/campaigns/c-1/pause')).toBe(true);
  });

  it('offers to continue the setup of an incomplete draft, with its missing steps', async () => {
    renderSetup('/campaigns/c-1', {}, aNewDraft());

    expect(await screen.findByText('This draft is not complete')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Continue setup' })).toHaveAttribute('href', '/campaigns/c-1/setup');
    expect(screen.getAllByRole('link', { name: 'Step 3, email template' })[0]).toHaveAttribute('href', '/campaigns/c-1/setup/3');
    expect(screen.getByRole('button', { name: 'Launch' })).toBeDisabled();
    expect(screen.queryByTestId('metric-prospectsFound')).not.toBeInTheDocument();
  });

  it("shows the problem's detail when the service refuses the change", async () => {
    renderSetup(
      '/campaigns/c-1',
      {
        'GET /api/campaigns/c-1/metrics': () => json(200, someMetrics()),
        'POST /api/campaigns/c-1/stop': () => problem(409, 'The campaign was stopped by another user.'),
      },
      aCampaignView({ status: 'ACTIVE' }),
    );

    fireEvent.click(await screen.findByRole('button', { name: 'Stop' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('The campaign was stopped by another user.');
  });

  it('says when the campaign does not exist', async () => {
    renderSetup('/campaigns/c-1', { 'GET /api/campaigns/c-1': () => problem(404, 'No campaign c-1') });

    expect(await screen.findByRole('heading', { name: 'Campaign not found' })).toBeInTheDocument();
  });

  it("lists the launch's missing steps as links when the API refuses it", async () => {
    renderSetup(
      '/campaigns/c-1',
      {
        'POST /api/campaigns/c-1/launch': () =>
          problem(409, 'The campaign cannot be launched yet', {
            missing: [{ step: 4, field: 'meeting.days', message: 'Choose at least one day for meetings' }],
          }),
      },
      aCampaignView(),
    );

    fireEvent.click(await screen.findByRole('button', { name: 'Launch' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The launch was refused: the setup is incomplete');
    expect(within(alert).getByRole('link', { name: 'Step 4, availability' })).toHaveAttribute('href', '/campaigns/c-1/setup/4');
  });
});
