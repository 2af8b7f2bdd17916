import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, problem } from '../../../test/harness';
import { someMetrics } from '../../../test/mothers';
import { aCampaignView, aNewDraft } from '../campaignMothers';
import { calls, renderSetup } from './testing';

describe('step 5, review and launch', () => {
  it('shows every setting and launches, then opens the campaign page', async () => {
    const campaign = aCampaignView();
    const fake = renderSetup(
      '/campaigns/c-1/setup/5',
      {
        'GET /api/campaigns/c-1/setup': () => json(200, { launchable: true, missing: [], campaign }),
        'POST /api/campaigns/c-1/launch': () =>
          json(200, { ...campaign, status: 'ACTIVE', launchedAt: '2026-01-06T08:00:00Z' }),
        'GET /api/campaigns/c-1/metrics': () => json(200, someMetrics()),
      },
      campaign,
    );

    expect(await screen.findByText('Ready to launch')).toBeInTheDocument();
    const summary = screen.getByTestId('setup-summary');
    expect(within(summary).getByText('VP Sales')).toBeInTheDocument();
    expect(within(summary).getByText('France')).toBeInTheDocument();
    expect(within(summary).getByText('Demo directory')).toBeInTheDocument();
    expect(within(summary).getByText(/Budget 25 · Authority 25 · Need 25 · Timeline 25/)).toBeInTheDocument();
    expect(within(summary).getByText(/Mon, Tue, 09:00–17:00 \(Europe\/Paris\)/)).toBeInTheDocument();
    expect(within(summary).getByText('the workspace’s configured sender')).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Launch campaign' }));

    expect(await screen.findByTestId('metric-prospectsFound')).toHaveTextContent('12');
    expect(screen.getByTestId('location')).toHaveTextContent(/^\/campaigns\/c-1$/);
    expect(calls(fake, 'POST', '/api/campaigns/c-1/launch')).toHaveLength(1);
  });

  it('lists what is missing as links to the steps, and does not offer the launch', async () => {
    const draft = aNewDraft();
    renderSetup(
      '/campaigns/c-1/setup/5',
      { 'GET /api/campaigns/c-1/setup': () => json(200, { launchable: false, missing: draft.missing, campaign: draft }) },
      draft,
    );

    expect(await screen.findByText('Before you can launch')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Step 3, email template' })).toHaveAttribute('href', '/campaigns/c-1/setup/3');
    expect(screen.getByRole('button', { name: 'Launch campaign' })).toBeDisabled();

    fireEvent.click(screen.getByRole('link', { name: 'Step 2, target profile' }));
    expect(await screen.findByRole('heading', { level: 2, name: /Step 2 of 5/ })).toBeInTheDocument();
  });

  it("shows the launch's 409 list of missing steps as links", async () => {
    const campaign = aCampaignView();
    renderSetup(
      '/campaigns/c-1/setup/5',
      {
        'GET /api/campaigns/c-1/setup': () => json(200, { launchable: true, missing: [], campaign }),
        'POST /api/campaigns/c-1/launch': () =>
          problem(409, 'The campaign cannot be launched yet', {
            title: 'Campaign setup incomplete',
            missing: [{ step: 3, field: 'emailTemplate.approved', message: 'Approve the email template after checking its preview' }],
          }),
      },
      campaign,
    );
    await screen.findByText('Ready to launch');

    fireEvent.click(screen.getByRole('button', { name: 'Launch campaign' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The launch was refused: the setup is incomplete');
    expect(within(alert).getByRole('link', { name: 'Step 3, email template' })).toHaveAttribute(
      'href',
      '/campaigns/c-1/setup/3',
    );
    expect(alert).toHaveTextContent('Approve the email template after checking its preview');
  });

  it('shows another problem of the launch as it is', async () => {
    const campaign = aCampaignView();
    renderSetup(
      '/campaigns/c-1/setup/5',
      {
        'GET /api/campaigns/c-1/setup': () => json(200, { launchable: true, missing: [], campaign }),
        'POST /api/campaigns/c-1/launch': () => problem(503, 'Campaign service is down'),
      },
      campaign,
    );
    await screen.findByText('Ready to launch');

    fireEvent.click(screen.getByRole('button', { name: 'Launch campaign' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Campaign service is down');
  });
});
