import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aCampaign, aDraft } from '../../test/mothers';
import { fakeFetch, json, renderApp } from '../../test/harness';
import { ReviewQueuePage } from './ReviewQueuePage';

describe('ReviewQueuePage', () => {
  it("lists the campaign's pending drafts and approves the edited text", async () => {
    let approved = false;
    const fake = fakeFetch({
      'GET /api/campaigns': () => json(200, [aCampaign()]),
      'GET /api/drafts': () => json(200, approved ? [] : [aDraft()]),
      'POST /api/drafts/d-1/approve': () => {
        approved = true;
        return json(200, aDraft({ status: 'APPROVED' }));
      },
    });
    renderApp(<ReviewQueuePage />, { fetch: fake.fetch, route: '/review?campaignId=c-1' });

    expect(await screen.findByRole('heading', { name: 'Grace Hopper' })).toBeInTheDocument();
    expect(screen.getByText('Acme')).toBeInTheDocument();
    expect(screen.getByLabelText('BANT score 78')).toBeInTheDocument();
    expect(fake.calls.find((c) => c.url.startsWith('/api/drafts'))?.url).toBe(
      '/api/drafts?status=PENDING&campaignId=c-1',
    );

    fireEvent.change(screen.getByLabelText('Subject'), { target: { value: 'Grace, 20 minutes?' } });
    fireEvent.click(screen.getByRole('button', { name: 'Approve' }));

    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Grace Hopper' })).toBeNull());
    expect(fake.calls.find((c) => c.method === 'POST')?.body).toEqual({
      subject: 'Grace, 20 minutes?',
      body: 'Hi Grace,\n\nShall we talk?',
    });
    expect(screen.getByText('No draft waiting for review.')).toBeInTheDocument();
  });
});
