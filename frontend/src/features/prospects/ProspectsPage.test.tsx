import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, problem } from '../../test/harness';
import { aProspect, aProspectCampaign } from './prospectMothers';
import { queriesOf, renderProspects } from './renderProspects';

const CAMPAIGNS = () => json(200, [aProspectCampaign(), aProspectCampaign({ id: 'c-2', name: 'CFOs in fintech' })]);

function page(items = [aProspect()], next: string | null = null) {
  return () => json(200, { items, next });
}

/** A full page (as many prospects as the call asks for), the first one named, so that nothing more is fetched. */
function fullPage(url: string, firstName: string, next: string | null) {
  const limit = Number(new URLSearchParams(url.split('?')[1]).get('limit'));
  const items = Array.from({ length: limit }, (_, i) =>
    aProspect({ id: `${firstName}-${i}`, person: { ...aProspect().person, firstName: i === 0 ? firstName : 'Other' } }),
  );
  return json(200, { items, next });
}

const address = () => screen.getByTestId('address').textContent ?? '';

describe('ProspectsPage: the list', () => {
  it('shows each prospect with what a sales person scans: name, title, company, score and decision, hot, status, email', async () => {
    renderProspects('/prospects', {
      'GET /api/campaigns': CAMPAIGNS,
      'GET /api/prospects': page([
        aProspect(),
        aProspect({
          id: 'p-2',
          person: { ...aProspect().person, firstName: 'Alan', lastName: 'Kay', title: 'CFO', companyName: 'Xerox' },
          bant: { ...aProspect().bant!, score: 88, hot: true, contactable: false },
          campaignId: 'c-2',
        }),
      ]),
    });

    const table = await screen.findByRole('table', { name: 'Prospects' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(rows[1]).toHaveTextContent('Grace Hopper');
    expect(rows[1]).toHaveTextContent('VP Sales');
    expect(rows[1]).toHaveTextContent('Acme');
    expect(rows[1]).toHaveTextContent('72');
    expect(rows[1]).toHaveTextContent('Qualified');
    expect(rows[1]).toHaveTextContent('Usable');
    expect(rows[1]).toHaveTextContent('Sales leaders');
    expect(rows[2]).toHaveTextContent('Alan Kay');
    expect(rows[2]).toHaveTextContent('Hot');
    expect(rows[2]).toHaveTextContent('Not usable');
    expect(rows[2]).toHaveTextContent('CFOs in fintech');
    expect(within(rows[1]!).getByRole('link', { name: 'Grace Hopper' })).toHaveAttribute('href', '/prospects/p-1');
    expect(screen.getByTestId('page-summary')).toHaveTextContent('Page 1 · 2 prospects, newest first');
  });

  it("leads from a prospect in review to its campaign's review band", async () => {
    renderProspects('/prospects', {
      'GET /api/campaigns': CAMPAIGNS,
      'GET /api/prospects': page([aProspect({ status: 'REVIEW', campaignId: 'c-2' })]),
      'GET /api/review/prospects': () => json(200, { items: [], next: null }),
    });

    fireEvent.click(await screen.findByRole('link', { name: 'In review' }));

    await waitFor(() => expect(address()).toBe('/prospects?campaignId=c-2&view=review'));
    expect(await screen.findByRole('heading', { name: 'No prospect waits for review' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Review band' })).toHaveAttribute('aria-selected', 'true');
  });

  it('sends the filters of the address to the API', async () => {
    const { calls } = renderProspects(
      '/prospects?campaignId=c-1&status=QUALIFIED&minScore=60&maxScore=90&hot=true&source=DEMO&limit=50',
      { 'GET /api/campaigns': CAMPAIGNS, 'GET /api/prospects': page() },
    );

    await screen.findByRole('table', { name: 'Prospects' });
    const query = queriesOf(calls, '/api/prospects')[0]!;
    expect(Object.fromEntries(query)).toEqual({
      campaignId: 'c-1',
      status: 'QUALIFIED',
      minScore: '60',
      maxScore: '90',
      hot: 'true',
      source: 'DEMO',
      limit: '50',
    });
    expect(screen.getByLabelText('Status')).toHaveValue('QUALIFIED');
    expect(screen.getByLabelText('Hot')).toHaveValue('true');
    expect(screen.getByLabelText('Source')).toHaveValue('DEMO');
    expect(screen.getByLabelText('Score from')).toHaveValue('60');
  });

  it('writes each chosen filter in the address and asks the API again from the first page', async () => {
    const { calls } = renderProspects('/prospects', { 'GET /api/campaigns': CAMPAIGNS, 'GET /api/prospects': page() });
    await screen.findByRole('table', { name: 'Prospects' });
    await waitFor(() => expect(screen.getByLabelText('Campaign')).toBeEnabled());

    fireEvent.change(screen.getByLabelText('Campaign'), { target: { value: 'c-2' } });
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'REVIEW' } });
    fireEvent.change(screen.getByLabelText('Hot'), { target: { value: 'false' } });
    fireEvent.change(screen.getByLabelText('Source'), { target: { value: 'CSV' } });
    fireEvent.change(screen.getByLabelText('Score from'), { target: { value: '40' } });

    await waitFor(() =>
      expect(address()).toBe('/prospects?campaignId=c-2&status=REVIEW&hot=false&source=CSV&minScore=40'),
    );
    await waitFor(() =>
      expect(Object.fromEntries(queriesOf(calls, '/api/prospects').at(-1)!)).toEqual({
        campaignId: 'c-2',
        status: 'REVIEW',
        minScore: '40',
        hot: 'false',
        source: 'CSV',
        limit: '25',
      }),
    );
  });

  it('refuses a score range upside down, without asking the API', async () => {
    const { calls } = renderProspects('/prospects?minScore=70', {
      'GET /api/campaigns': CAMPAIGNS,
      'GET /api/prospects': page(),
    });
    await screen.findByRole('table', { name: 'Prospects' });
    const asked = queriesOf(calls, '/api/prospects').length;

    fireEvent.change(screen.getByLabelText('Score to'), { target: { value: '50' } });

    expect(await screen.findByText('The lowest score is above the highest')).toBeInTheDocument();
    expect(address()).toBe('/prospects?minScore=70');
    expect(queriesOf(calls, '/api/prospects')).toHaveLength(asked);
  });

  it('leaves out, and names, filters of the address the API would refuse', async () => {
    const { calls } = renderProspects('/prospects?status=LOST&minScore=abc&hot=yes', {
      'GET /api/campaigns': CAMPAIGNS,
      'GET /api/prospects': page(),
    });

    await screen.findByRole('table', { name: 'Prospects' });
    expect(screen.getByText(/Left out: status=LOST, hot=yes, minScore=abc/)).toBeInTheDocument();
    expect(Object.fromEntries(queriesOf(calls, '/api/prospects')[0]!)).toEqual({ limit: '25' });
  });

  it('pages forward with the keyset cursor and back again', async () => {
    const { calls } = renderProspects('/prospects?status=QUALIFIED', {
      'GET /api/campaigns': CAMPAIGNS,
      'GET /api/prospects': (call) => {
        const after = new URLSearchParams(call.url.split('?')[1]).get('after');
        if (after === 'cursor-2') return json(200, { items: [aProspect({ id: 'p-3', person: { ...aProspect().person, firstName: 'Third' } })], next: null });
        if (after === 'cursor-1') return fullPage(call.url, 'Second', 'cursor-2');
        return fullPage(call.url, 'Grace', 'cursor-1');
      },
    });
    await screen.findByText('Grace Hopper');
    expect(screen.getByRole('button', { name: 'Previous page' })).toBeDisabled();

    fireEvent.click(screen.getByRole('button', { name: 'Next page' }));
    expect(await screen.findByText('Second Hopper')).toBeInTheDocument();
    expect(address()).toBe('/prospects?status=QUALIFIED&after=cursor-1');
    expect(screen.getByTestId('page-summary')).toHaveTextContent('Page 2');

    fireEvent.click(screen.getByRole('button', { name: 'Next page' }));
    expect(await screen.findByText('Third Hopper')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next page' })).toBeDisabled();
    expect(screen.getByTestId('page-summary')).toHaveTextContent('Page 3');

    fireEvent.click(screen.getByRole('button', { name: 'Previous page' }));
    expect(await screen.findByText('Second Hopper')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Previous page' }));
    expect(await screen.findByText('Grace Hopper')).toBeInTheDocument();
    expect(address()).toBe('/prospects?status=QUALIFIED');
    // Forward with each page's cursor; back shows the pages already read (and refreshes them).
    expect(queriesOf(calls, '/api/prospects').map((q) => q.get('after')).slice(0, 3)).toEqual([null, 'cursor-1', 'cursor-2']);
  });

  it('follows short pages (a rare filter is searched over several requests) until the page is full', async () => {
    const { calls } = renderProspects('/prospects?hot=true', {
      'GET /api/campaigns': CAMPAIGNS,
      'GET /api/prospects': (call) => {
        const after = new URLSearchParams(call.url.split('?')[1]).get('after');
        if (after === null) return json(200, { items: [aProspect({ id: 'p-1' })], next: 's-1' });
        if (after === 's-1') return json(200, { items: [], next: 's-2' });
        return fullPage(call.url, 'Later', 's-3');
      },
    });

    await screen.findByText('Grace Hopper');
    expect(screen.getByText('Later Hopper')).toBeInTheDocument();
    expect(screen.getByTestId('page-summary')).toHaveTextContent('Page 1 · 25 prospects');
    // Each request asks for what is still missing: 25, then 24, then 24.
    expect(queriesOf(calls, '/api/prospects').map((q) => [q.get('after'), q.get('limit')])).toEqual([
      [null, '25'],
      ['s-1', '24'],
      ['s-2', '24'],
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(address()).toBe('/prospects?hot=true&after=s-3'));
  });

  it('says when nothing is found yet in a long list, and searches on from where it stopped', async () => {
    const { calls } = renderProspects('/prospects?hot=true', {
      'GET /api/campaigns': CAMPAIGNS,
      'GET /api/prospects': (call) => {
        const after = new URLSearchParams(call.url.split('?')[1]).get('after');
        if (after === 'far') return json(200, { items: [aProspect()], next: null });
        const step = after === null ? 0 : Number(after.slice(1));
        return json(200, { items: [], next: step === 9 ? 'far' : `s${step + 1}` });
      },
    });

    expect(await screen.findByRole('heading', { name: 'None found yet' })).toBeInTheDocument();
    expect(queriesOf(calls, '/api/prospects')).toHaveLength(10);
    fireEvent.click(screen.getByRole('button', { name: 'Keep searching' }));

    expect(await screen.findByText('Grace Hopper')).toBeInTheDocument();
    expect(address()).toBe('/prospects?hot=true&after=far');
  });

  it('offers the first page when opened on a later page from a link (the API pages forward only)', async () => {
    renderProspects('/prospects?after=cursor-9', { 'GET /api/campaigns': CAMPAIGNS, 'GET /api/prospects': page() });

    await screen.findByText('Grace Hopper');
    expect(screen.getByTestId('page-summary')).toHaveTextContent('A later page');
    fireEvent.click(screen.getByRole('button', { name: 'First page' }));
    await waitFor(() => expect(address()).toBe('/prospects'));
  });

  it('says when there are no prospects yet, and when the filters match none', async () => {
    renderProspects('/prospects', { 'GET /api/campaigns': CAMPAIGNS, 'GET /api/prospects': page([]) });
    expect(await screen.findByRole('heading', { name: 'No prospects yet' })).toBeInTheDocument();
  });

  it('clears the filters from an empty filtered list', async () => {
    renderProspects('/prospects?campaignId=c-1&hot=true&status=REJECTED', {
      'GET /api/campaigns': CAMPAIGNS,
      'GET /api/prospects': page([]),
    });

    expect(await screen.findByRole('heading', { name: 'No prospect matches these filters' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Clear the filters' }));
    await waitFor(() => expect(address()).toBe('/prospects?campaignId=c-1'));
  });

  it("shows the API's problem with a retry", async () => {
    let calls = 0;
    renderProspects('/prospects', {
      'GET /api/campaigns': CAMPAIGNS,
      'GET /api/prospects': () => {
        calls += 1;
        return calls === 1 ? problem(400, 'minScore: must be between 0 and 100') : json(200, { items: [aProspect()], next: null });
      },
    });

    expect(await screen.findByRole('alert')).toHaveTextContent('minScore: must be between 0 and 100');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Grace Hopper')).toBeInTheDocument();
  });

  it('says so when the answer is not the expected shape', async () => {
    renderProspects('/prospects', {
      'GET /api/campaigns': CAMPAIGNS,
      'GET /api/prospects': () => json(200, { items: [{ id: 1 }], next: null }),
    });

    expect(await screen.findByRole('alert')).toHaveTextContent("The server's answer for the prospects was not understood.");
  });

  it('shows the loading state first', async () => {
    renderProspects('/prospects', {
      'GET /api/campaigns': CAMPAIGNS,
      'GET /api/prospects': () => new Promise(() => {}),
    });

    expect(await screen.findByText('Loading prospects…')).toBeInTheDocument();
  });
});
