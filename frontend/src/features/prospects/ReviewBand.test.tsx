import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, problem } from '../../test/harness';
import { aProspectCampaign, aReviewProspect } from './prospectMothers';
import { queriesOf, renderProspects } from './renderProspects';

const CAMPAIGNS = () => json(200, [aProspectCampaign()]);
const ALAN = aReviewProspect({
  id: 'p-r2',
  person: { ...aReviewProspect().person, firstName: 'Alan', lastName: 'Kay', companyName: 'Xerox' },
});
const BAND = () => json(200, { items: [aReviewProspect(), ALAN], next: null });

function deferred() {
  let resolve: (r: Response) => void = () => {};
  const promise = new Promise<Response>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

const card = (name: string) => screen.queryByRole('article', { name });

describe('ReviewBand', () => {
  it('lists the prospects waiting for a human, each with its breakdown', async () => {
    const { calls } = renderProspects('/prospects?view=review&campaignId=c-1', {
      'GET /api/campaigns': CAMPAIGNS,
      'GET /api/review/prospects': BAND,
    });

    const grace = await screen.findByRole('article', { name: 'Grace Hopper' });
    expect(grace).toHaveTextContent('Score 58 · threshold 60');
    expect(within(grace).getByTestId('bant-budget')).toHaveTextContent('Acme has 80 employees');
    expect(within(grace).getByTestId('bant-need')).toHaveTextContent('Weight 25% of the total');
    expect(card('Alan Kay')).toBeInTheDocument();
    expect(Object.fromEntries(queriesOf(calls, '/api/review/prospects')[0]!)).toEqual({ campaignId: 'c-1', limit: '20' });
  });

  it('takes a qualified prospect out of the band at once, before the answer', async () => {
    const answer = deferred();
    const { calls } = renderProspects('/prospects?view=review', {
      'GET /api/campaigns': CAMPAIGNS,
      'GET /api/review/prospects': BAND,
      'POST /api/review/prospects/p-r1/qualify': () => answer.promise,
    });

    fireEvent.click(await screen.findByRole('button', { name: 'Qualify Grace Hopper' }));

    expect(card('Grace Hopper')).not.toBeInTheDocument();
    expect(card('Alan Kay')).toBeInTheDocument();
    answer.resolve(json(200, aReviewProspect({ status: 'QUALIFIED', review: { decision: 'QUALIFIED', reason: null } })));
    expect(await screen.findByText(/Grace Hopper qualified: a first email will be drafted/)).toBeInTheDocument();
    expect(card('Grace Hopper')).not.toBeInTheDocument();
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({});
  });

  it('asks why before a rejection, and sends the reason', async () => {
    const { calls } = renderProspects('/prospects?view=review', {
      'GET /api/campaigns': CAMPAIGNS,
      'GET /api/review/prospects': BAND,
      'POST /api/review/prospects/p-r2/reject': () =>
        json(200, { ...ALAN, status: 'REJECTED', review: { decision: 'REJECTED', reason: 'Competitor' } }),
    });

    fireEvent.click(await screen.findByRole('button', { name: 'Reject Alan Kay…' }));
    const form = screen.getByRole('form', { name: 'Reject Alan Kay' });
    fireEvent.click(within(form).getByRole('button', { name: 'Reject' }));
    expect(await within(form).findByText(/Say why, in a few words/)).toBeInTheDocument();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    fireEvent.change(within(form).getByLabelText('Why reject?'), { target: { value: '  Competitor  ' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Reject' }));

    expect(await screen.findByText(/Alan Kay rejected: they will not be emailed/)).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ reason: 'Competitor' });
    expect(card('Alan Kay')).not.toBeInTheDocument();
  });

  it('explains a 409 when someone else decided first, and does not put the prospect back', async () => {
    renderProspects('/prospects?view=review', {
      'GET /api/campaigns': CAMPAIGNS,
      'GET /api/review/prospects': BAND,
      'POST /api/review/prospects/p-r1/qualify': () => problem(409, 'The prospect was already reviewed: REJECTED'),
      'GET /api/prospects/p-r1': () =>
        json(
          200,
          aReviewProspect({
            status: 'REJECTED',
            review: { decision: 'REJECTED', reviewedBy: 'u-2', reviewedAt: '2026-11-27T12:00:00Z', reason: 'Too small' },
          }),
        ),
    });

    fireEvent.click(await screen.findByRole('button', { name: 'Qualify Grace Hopper' }));

    expect(await screen.findByText(/Someone else decided first: Grace Hopper was rejected/)).toHaveTextContent('“Too small”');
    expect(screen.getByText(/Your decision was not recorded/)).toBeInTheDocument();
    expect(card('Grace Hopper')).not.toBeInTheDocument();
  });

  it('puts the prospect back with the problem when the decision is refused for another reason', async () => {
    renderProspects('/prospects?view=review', {
      'GET /api/campaigns': CAMPAIGNS,
      'GET /api/review/prospects': BAND,
      'POST /api/review/prospects/p-r1/qualify': () =>
        problem(409, 'Prospects of a STOPPED campaign cannot be qualified; only ACTIVE or PAUSED campaigns draft emails'),
      // Still waiting: the refusal was not someone else's decision.
      'GET /api/prospects/p-r1': () => json(200, aReviewProspect()),
    });

    fireEvent.click(await screen.findByRole('button', { name: 'Qualify Grace Hopper' }));

    const back = await screen.findByRole('article', { name: 'Grace Hopper' });
    expect(await within(back).findByRole('alert')).toHaveTextContent('Prospects of a STOPPED campaign cannot be qualified');
    expect(screen.queryByText(/Someone else decided first/)).not.toBeInTheDocument();
  });

  it('puts the prospect back when the service cannot be reached', async () => {
    renderProspects('/prospects?view=review', {
      'GET /api/campaigns': CAMPAIGNS,
      'GET /api/review/prospects': BAND,
      'POST /api/review/prospects/p-r1/qualify': () => problem(503, 'campaign-service is unavailable'),
    });

    fireEvent.click(await screen.findByRole('button', { name: 'Qualify Grace Hopper' }));

    const back = await screen.findByRole('article', { name: 'Grace Hopper' });
    expect(await within(back).findByRole('alert')).toHaveTextContent('campaign-service is unavailable');
  });

  it('offers only a rejection for a prospect without a usable address', async () => {
    renderProspects('/prospects?view=review', {
      'GET /api/campaigns': CAMPAIGNS,
      'GET /api/review/prospects': () =>
        json(200, { items: [aReviewProspect({ bant: { ...aReviewProspect().bant!, contactable: false } })], next: null }),
    });

    expect(await screen.findByRole('button', { name: 'Qualify Grace Hopper' })).toBeDisabled();
    expect(screen.getByText(/No usable email address/)).toBeInTheDocument();
  });

  it('pages through a long band and says when none waits', async () => {
    const { calls } = renderProspects('/prospects?view=review', {
      'GET /api/campaigns': CAMPAIGNS,
      'GET /api/review/prospects': (call) =>
        call.url.includes('after=next-1')
          ? json(200, { items: [], next: null })
          : json(200, {
              items: Array.from({ length: 20 }, (_, i) =>
                i === 0 ? aReviewProspect() : aReviewProspect({ id: `r-${i}`, person: { ...aReviewProspect().person, firstName: `Other${i}` } }),
              ),
              next: 'next-1',
            }),
    });

    fireEvent.click(await screen.findByRole('button', { name: 'Next 20' }));

    expect(await screen.findByRole('heading', { name: 'Nothing more on this page' })).toBeInTheDocument();
    await waitFor(() => expect(queriesOf(calls, '/api/review/prospects').at(-1)?.get('after')).toBe('next-1'));
    fireEvent.click(screen.getByRole('button', { name: 'Previous 20' }));
    expect(await screen.findByRole('article', { name: 'Grace Hopper' })).toBeInTheDocument();
  });

  it('shows the empty band and an error with a retry', async () => {
    let calls = 0;
    renderProspects('/prospects?view=review', {
      'GET /api/campaigns': CAMPAIGNS,
      'GET /api/review/prospects': () => {
        calls += 1;
        return calls === 1 ? problem(502, 'Bad gateway') : json(200, { items: [], next: null });
      },
    });

    expect(await screen.findByRole('alert')).toHaveTextContent('Bad gateway');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'No prospect waits for review' })).toBeInTheDocument();
  });
});
