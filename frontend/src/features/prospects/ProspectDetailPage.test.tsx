import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, problem } from '../../test/harness';
import { aProspect, aProspectCampaign } from './prospectMothers';
import { renderProspects } from './renderProspects';

describe('ProspectDetailPage', () => {
  it('shows each BANT criterion with its score, its weight and the reason in words', async () => {
    renderProspects('/prospects/p-1', {
      'GET /api/campaigns': () =>
        json(200, [
          aProspectCampaign({
            qualification: { threshold: 60, reviewBand: 5, hotScore: 80, weights: { budget: 40, authority: 20, need: 20, timeline: 20 } },
          }),
        ]),
      // 68·.4 + 50·.2 + 100·.2 + 70·.2 = 71.2: the score the qualifier gives with these weights.
      'GET /api/prospects/p-1': () => json(200, aProspect({ bant: { ...aProspect().bant!, score: 71 } })),
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Grace Hopper' })).toBeInTheDocument();
    const budget = screen.getByTestId('bant-budget');
    expect(budget).toHaveTextContent('Budget');
    expect(budget).toHaveTextContent('68/100');
    expect(budget).toHaveTextContent('Weight 40% of the total');
    expect(budget).toHaveTextContent('Acme has 80 employees; about USD 12 M in annual revenue.');
    expect(screen.getByTestId('bant-authority')).toHaveTextContent('Weight 20% of the total');
    expect(screen.getByTestId('bant-need')).toHaveTextContent('Software is a target industry');
    expect(screen.getByTestId('bant-timeline')).toHaveTextContent('70/100');
    expect(await screen.findByText(/against the threshold 60 of Sales leaders/)).toBeInTheDocument();
    expect(screen.queryByText(/With the campaign's current weights/)).not.toBeInTheDocument();
    // What the API does not give is said, not invented.
    expect(screen.getByTestId('assessor')).toHaveTextContent('the prospects API does not pass it on yet');
    expect(screen.getByRole('heading', { name: 'Company' })).toBeInTheDocument();
    expect(screen.getByText('acme.example')).toBeInTheDocument();
    expect(screen.getByText(/not given by the prospects API yet/)).toBeInTheDocument();
  });

  it('says when the score was computed under other weights than the campaign has now', async () => {
    renderProspects('/prospects/p-1', {
      'GET /api/campaigns': () => json(200, [aProspectCampaign()]),
      'GET /api/prospects/p-1': () => json(200, aProspect({ bant: { ...aProspect().bant!, score: 60 } })),
    });

    expect(await screen.findByText(/these scores make 72, not 60/)).toBeInTheDocument();
  });

  it("shows a reviewer's decision and a prospect not scored yet", async () => {
    renderProspects('/prospects/p-1', {
      'GET /api/campaigns': () => json(200, [aProspectCampaign()]),
      'GET /api/prospects/p-1': () => json(200, aProspect({ bant: null, status: 'PENDING' })),
    });

    expect(await screen.findByText(/Not scored yet: the qualifier scores a prospect/)).toBeInTheDocument();
  });

  it('shows a 404 as not found, with the way back to the list kept', async () => {
    renderProspects('/prospects/p-9', {
      'GET /api/campaigns': () => json(200, []),
      'GET /api/prospects/p-9': () => problem(404, 'Prospect p-9 not found'),
    });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Not found');
    expect(alert).toHaveTextContent('Prospect p-9 not found');
    fireEvent.click(screen.getByRole('link', { name: /Back to the prospects/ }));
    await waitFor(() => expect(screen.getByTestId('address')).toHaveTextContent(/^\/prospects$/));
  });

  it('is reached from the list, and goes back to the same filtered page', async () => {
    renderProspects('/prospects?status=QUALIFIED', {
      'GET /api/campaigns': () => json(200, [aProspectCampaign()]),
      'GET /api/prospects': () => json(200, { items: [aProspect()], next: null }),
      'GET /api/prospects/p-1': () => json(200, aProspect()),
    });

    fireEvent.click(await screen.findByRole('link', { name: 'Grace Hopper' }));
    expect(await screen.findByRole('heading', { name: 'BANT breakdown' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('link', { name: /Back to the prospects/ }));
    await waitFor(() => expect(screen.getByTestId('address')).toHaveTextContent('/prospects?status=QUALIFIED'));
  });
});
