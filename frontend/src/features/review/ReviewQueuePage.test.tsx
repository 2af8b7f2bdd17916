import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aCampaign } from '../../test/mothers';
import { fakeFetch, json, problem, renderApp, type RecordedCall } from '../../test/harness';
import { ReviewQueuePage } from './ReviewQueuePage';
import { aBulkApproval, aReviewDraft, FOOTER, threeDrafts } from './reviewMothers';
import type { ReviewDraft } from './reviewApi';

// jsdom has no FontFaceSet; Mantine's autosized Textarea listens on it.
if (!('fonts' in document)) {
  Object.defineProperty(document, 'fonts', {
    configurable: true,
    value: { addEventListener: () => {}, removeEventListener: () => {} },
  });
}

type Handler = (call: RecordedCall) => Response | Promise<Response>;

/** The review screen on a fake API whose queue forgets what was decided, as the service does. */
function renderReview(options: { drafts?: ReviewDraft[]; routes?: Record<string, Handler>; status?: 'ACTIVE' | 'DRAFT' } = {}) {
  let queue = options.drafts ?? threeDrafts();
  const decide = (id: string, status: 'APPROVED' | 'REJECTED', call: RecordedCall) => {
    const draft = queue.find((d) => d.id === id);
    if (!draft) return problem(409, `A ${status} draft cannot be ${status === 'APPROVED' ? 'rejected' : 'approved'}`);
    queue = queue.filter((d) => d.id !== id);
    const body = call.body as { subject?: string; body?: string } | undefined;
    return json(200, { ...draft, ...(status === 'APPROVED' && body ? body : {}), status });
  };
  const routes: Record<string, Handler> = {
    'GET /api/campaigns': () => json(200, [aCampaign({ status: options.status ?? 'ACTIVE' })]),
    'GET /api/drafts': () => json(200, queue),
    'GET /api/prospects/p-1': () =>
      json(200, {
        id: 'p-1',
        source: 'DEMO',
        person: { firstName: 'Grace', companyDomain: 'acme.example', industry: 'Software', timeZone: 'Europe/Paris' },
        status: 'QUALIFIED',
      }),
    'GET /api/prospects/p-2': () => problem(404, 'Prospect p-2 was not found'),
    'POST /api/drafts/bulk-approve': (call) => {
      const ids = (call.body as { ids: string[] }).ids;
      const results = ids.map((id) => {
        const draft = queue.find((d) => d.id === id);
        return draft ? { id, result: 'APPROVED' as const, draft: { ...draft, status: 'APPROVED' as const }, detail: null }
          : { id, result: 'NOT_FOUND' as const, draft: null, detail: `Draft ${id} not found` };
      });
      queue = queue.filter((d) => !ids.includes(d.id));
      return json(200, aBulkApproval(results));
    },
    ...options.routes,
  };
  for (const id of ['d-1', 'd-2', 'd-3', 'd-4']) {
    routes[`POST /api/drafts/${id}/approve`] ??= (call) => decide(id, 'APPROVED', call);
    routes[`POST /api/drafts/${id}/reject`] ??= (call) => decide(id, 'REJECTED', call);
  }
  const fake = fakeFetch(routes);
  const rendered = renderApp(<ReviewQueuePage />, { fetch: fake.fetch, route: '/review?campaignId=c-1' });
  return { ...fake, ...rendered };
}

const posts = (calls: RecordedCall[]) => calls.filter((c) => c.method === 'POST');
const detail = () => screen.getByRole('article');
const key = (k: string, init: KeyboardEventInit = {}) =>
  fireEvent.keyDown(document.activeElement ?? document.body, { key: k, ...init });

function deferred() {
  let resolve: (r: Response) => void = () => {};
  const promise = new Promise<Response>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

describe('ReviewQueuePage', () => {
  it("shows the first draft beside its prospect's context and BANT reasons", async () => {
    const { calls } = renderReview();

    expect(await screen.findByRole('heading', { level: 2, name: 'Grace Hopper' })).toBeInTheDocument();
    expect(calls.find((c) => c.url.startsWith('/api/drafts'))?.url).toBe('/api/drafts?status=PENDING&campaignId=c-1');
    const article = detail();
    expect(within(article).getByText(/VP Sales at Acme/)).toBeInTheDocument();
    expect(within(article).getByLabelText('BANT score 78')).toBeInTheDocument();
    expect(within(article).getByText('Qualified (threshold 60)')).toBeInTheDocument();
    expect(within(article).getByText('VP Sales is a decision-maker who usually owns a budget line.')).toBeInTheDocument();
    expect(within(article).getByRole('progressbar', { name: 'Budget: 83 out of 100' })).toBeInTheDocument();
    expect(within(article).getByText(/does not return them yet/)).toBeInTheDocument();
    // The prospect record adds what the draft does not carry.
    const facts = await within(article).findByTestId('prospect-facts');
    expect(facts).toHaveTextContent('IndustrySoftware');
    expect(facts).toHaveTextContent('Web siteacme.example');
    expect(facts).toHaveTextContent(/Time zoneEurope\/Paris \(\d\d:\d\d there now\)/);
    expect(facts).toHaveTextContent('Found inthe demo directory');
    // The compliance footer is shown locked, out of the editable body.
    expect(within(article).getByLabelText('Body')).toHaveValue('Hi Grace,\n\nShall we talk?\n');
    expect(within(article).getByText(/We found your name in the demo directory/)).toBeInTheDocument();
    // The queue lists all three, the first one current.
    const list = screen.getByRole('region', { name: 'Drafts waiting for review' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(3);
    expect(within(list).getByRole('button', { name: /Grace Hopper/ })).toHaveAttribute('aria-current', 'true');
  });

  it('approves a draft as drafted (no body), then shows and focuses the next one', async () => {
    const { calls } = renderReview();
    fireEvent.click(await within(await screen.findByRole('article')).findByRole('button', { name: 'Approve' }));

    expect(await screen.findByRole('heading', { level: 2, name: 'Alan Turing' })).toBeInTheDocument();
    expect(posts(calls)).toHaveLength(1);
    expect(posts(calls)[0]).toMatchObject({ url: '/api/drafts/d-1/approve', body: undefined });
    expect(screen.getByTestId('review-status')).toHaveTextContent(
      'Approved the email to Grace Hopper. Next: Alan Turing, 1 of 2.',
    );
    await waitFor(() => expect(document.activeElement).toHaveAttribute('data-draft-row', 'd-2'));
  });

  it('sends the edited subject and body with the compliance footer kept unchanged', async () => {
    const { calls } = renderReview();
    const article = await screen.findByRole('article');
    fireEvent.change(within(article).getByLabelText('Subject'), { target: { value: 'Grace, 20 minutes?' } });
    fireEvent.change(within(article).getByLabelText('Body'), { target: { value: 'Hi Grace,\n\nCoffee next week?\n' } });
    fireEvent.click(within(article).getByRole('button', { name: 'Approve with edits' }));

    await screen.findByRole('heading', { level: 2, name: 'Alan Turing' });
    expect(posts(calls)[0]?.body).toEqual({
      subject: 'Grace, 20 minutes?',
      body: `Hi Grace,\n\nCoffee next week?\n${FOOTER}`,
    });
    expect(screen.getByTestId('review-status')).toHaveTextContent('Approved your edited email to Grace Hopper.');
  });

  it('refuses an empty subject before sending anything', async () => {
    const { calls } = renderReview();
    const article = await screen.findByRole('article');
    fireEvent.change(within(article).getByLabelText('Subject'), { target: { value: '  ' } });
    fireEvent.click(within(article).getByRole('button', { name: 'Approve with edits' }));

    expect(await within(article).findByText('The subject is required.')).toBeInTheDocument();
    expect(within(article).getByLabelText('Subject')).toHaveFocus();
    expect(posts(calls)).toHaveLength(0);
  });

  it('approves once when clicked twice, disabled while pending, and claims no success before the answer', async () => {
    const answer = deferred();
    const { calls } = renderReview({ routes: { 'POST /api/drafts/d-1/approve': () => answer.promise } });
    const article = await screen.findByRole('article');
    const button = within(article).getByRole('button', { name: 'Approve' });
    fireEvent.click(button);
    fireEvent.click(button);
    key('a');

    await waitFor(() => expect(button).toBeDisabled());
    expect(posts(calls)).toHaveLength(1);
    expect(screen.getByTestId('review-status')).toHaveTextContent('Approving the email to Grace Hopper…');
    expect(screen.getByRole('heading', { level: 2, name: 'Grace Hopper' })).toBeInTheDocument();

    await act(async () => answer.resolve(json(200, aReviewDraft({ status: 'APPROVED' }))));
    expect(await screen.findByRole('heading', { level: 2, name: 'Alan Turing' })).toBeInTheDocument();
    expect(posts(calls)).toHaveLength(1);
  });

  it('never shows an answer that is not an approved draft as a success', async () => {
    renderReview({ routes: { 'POST /api/drafts/d-1/approve': () => json(200, aReviewDraft({ status: 'PENDING' })) } });
    fireEvent.click(within(await screen.findByRole('article')).getByRole('button', { name: 'Approve' }));

    expect(await screen.findByTestId('review-failure')).toHaveTextContent('was not understood');
    expect(screen.getByRole('heading', { level: 2, name: 'Grace Hopper' })).toBeInTheDocument();
    expect(screen.getByTestId('review-status')).toBeEmptyDOMElement();
  });

  it('explains a 409 (already decided elsewhere) and refreshes the queue', async () => {
    let listed = 0;
    const drafts = threeDrafts();
    renderReview({
      routes: {
        'GET /api/drafts': () => json(200, listed++ === 0 ? drafts : drafts.slice(1)),
        'POST /api/drafts/d-1/approve': () => problem(409, 'A REJECTED draft cannot be approved', { title: 'Conflict' }),
      },
    });
    fireEvent.click(within(await screen.findByRole('article')).getByRole('button', { name: 'Approve' }));

    const failure = await screen.findByTestId('review-failure');
    expect(failure).toHaveAttribute('role', 'alert');
    expect(failure).toHaveTextContent('Not approved: the draft was already decided');
    expect(failure).toHaveTextContent('A REJECTED draft cannot be approved');
    expect(failure).toHaveTextContent('the queue has been refreshed');
    // The refreshed queue no longer holds it.
    expect(await screen.findByRole('heading', { level: 2, name: 'Alan Turing' })).toBeInTheDocument();
  });

  it('says an approval without an answer may or may not have happened, and that pressing again is safe', async () => {
    renderReview({
      routes: {
        'POST /api/drafts/d-1/approve': () => {
          throw new TypeError('Failed to fetch');
        },
      },
    });
    fireEvent.click(within(await screen.findByRole('article')).getByRole('button', { name: 'Approve' }));

    const failure = await screen.findByTestId('review-failure');
    expect(failure).toHaveTextContent('No answer: the email may or may not be approved');
    expect(failure).toHaveTextContent('it is decided once however often you press');
    expect(within(detail()).getByRole('button', { name: 'Approve' })).toBeEnabled();
  });

  it("shows the service's field error next to the field it names", async () => {
    renderReview({
      routes: {
        'POST /api/drafts/d-1/approve': () =>
          problem(400, 'The request is not valid.', { errors: [{ field: 'subject', message: 'size must be between 0 and 200' }] }),
      },
    });
    const article = await screen.findByRole('article');
    fireEvent.change(within(article).getByLabelText('Subject'), { target: { value: 'New subject' } });
    fireEvent.click(within(article).getByRole('button', { name: 'Approve with edits' }));

    expect(await within(article).findByText('size must be between 0 and 200')).toBeInTheDocument();
    expect(screen.getByTestId('review-failure')).toHaveTextContent('Not approved: the email is not valid');
  });

  it('rejects with a common reason and free text, by keyboard', async () => {
    const { calls } = renderReview();
    await screen.findByRole('heading', { level: 2, name: 'Grace Hopper' });
    key('j');
    expect(await screen.findByRole('heading', { level: 2, name: 'Alan Turing' })).toBeInTheDocument();
    key('r');

    const form = await screen.findByRole('form', { name: 'Reject the email to Alan Turing' });
    await waitFor(() => expect(within(form).getByRole('radio', { name: '1. Wrong person or company' })).toHaveFocus());
    key('3');
    expect(within(form).getByRole('radio', { name: '3. Tone or wording is off' })).toBeChecked();
    fireEvent.change(within(form).getByLabelText('Details (optional)'), { target: { value: 'too pushy' } });
    within(form).getByRole('radio', { name: '3. Tone or wording is off' }).focus();
    key('Enter');

    expect(await screen.findByRole('heading', { level: 2, name: 'Ada Lovelace' })).toBeInTheDocument();
    expect(posts(calls)).toEqual([
      expect.objectContaining({ url: '/api/drafts/d-2/reject', body: { reason: 'Tone or wording is off: too pushy' } }),
    ]);
    expect(screen.getByTestId('review-status')).toHaveTextContent('Rejected the email to Alan Turing.');
  });

  it('asks for a reason before rejecting, and sends "Other" as the words written', async () => {
    const { calls } = renderReview();
    fireEvent.click(within(await screen.findByRole('article')).getByRole('button', { name: 'Reject…' }));
    const form = await screen.findByRole('form', { name: 'Reject the email to Grace Hopper' });
    fireEvent.click(within(form).getByRole('button', { name: 'Reject the email' }));
    expect(await within(form).findByText('Choose a reason or write one.')).toBeInTheDocument();

    fireEvent.click(within(form).getByRole('radio', { name: '6. Other' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Reject the email' }));
    expect(await within(form).findByText('Write the reason.')).toBeInTheDocument();
    expect(posts(calls)).toHaveLength(0);

    fireEvent.change(within(form).getByLabelText('Reason'), { target: { value: 'Competitor' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Reject the email' }));
    await screen.findByRole('heading', { level: 2, name: 'Alan Turing' });
    expect(posts(calls)[0]?.body).toEqual({ reason: 'Competitor' });
  });

  it('cancels a rejection with Esc and keeps the draft', async () => {
    const { calls } = renderReview();
    await screen.findByRole('heading', { level: 2, name: 'Grace Hopper' });
    key('r');
    await screen.findByRole('form', { name: /Reject the email/ });
    key('Escape');

    await waitFor(() => expect(screen.queryByRole('form', { name: /Reject the email/ })).toBeNull());
    await waitFor(() => expect(document.activeElement).toHaveAttribute('data-draft-row', 'd-1'));
    expect(posts(calls)).toHaveLength(0);
  });

  it('moves with j and k, selects with x, edits with e, approves with a, shows the help with ?', async () => {
    const { calls } = renderReview();
    await screen.findByRole('heading', { level: 2, name: 'Grace Hopper' });

    key('j');
    expect(await screen.findByTestId('prospect-facts-error')).toHaveTextContent('Prospect p-2 was not found');
    key('j');
    expect(await screen.findByRole('heading', { level: 2, name: 'Ada Lovelace' })).toBeInTheDocument();
    key('j');
    expect(screen.getByTestId('review-status')).toHaveTextContent('This is the last draft.');
    key('k');
    expect(await screen.findByRole('heading', { level: 2, name: 'Alan Turing' })).toBeInTheDocument();
    await waitFor(() => expect(document.activeElement).toHaveAttribute('data-draft-row', 'd-2'));

    key('x');
    expect(screen.getByRole('checkbox', { name: 'Select the email to Alan Turing' })).toBeChecked();
    expect(screen.getByTestId('review-status')).toHaveTextContent('Selected the email to Alan Turing: 1 selected.');
    key('x');
    expect(screen.getByRole('checkbox', { name: 'Select the email to Alan Turing' })).not.toBeChecked();

    key('?');
    expect(screen.getByRole('region', { name: 'Keyboard shortcuts' })).toHaveTextContent('Approve the selected drafts');
    key('?');
    expect(screen.queryByRole('region', { name: 'Keyboard shortcuts' })).toBeNull();

    key('e');
    expect(within(detail()).getByLabelText('Subject')).toHaveFocus();
    key('Escape');
    await waitFor(() => expect(document.activeElement).toHaveAttribute('data-draft-row', 'd-2'));

    key('a');
    expect(await screen.findByRole('heading', { level: 2, name: 'Ada Lovelace' })).toBeInTheDocument();
    expect(posts(calls).map((c) => c.url)).toEqual(['/api/drafts/d-2/approve']);
  });

  it('never fires a shortcut while typing in a field', async () => {
    const { calls } = renderReview();
    const article = await screen.findByRole('article');
    const subject = within(article).getByLabelText('Subject');
    subject.focus();
    for (const k of ['a', 'r', 'j', 'k', 'x', 'e', '?', 'A']) key(k, k === 'A' ? { shiftKey: true } : {});
    within(article).getByLabelText('Body').focus();
    for (const k of ['a', 'r', 'j']) key(k);

    expect(screen.getByRole('heading', { level: 2, name: 'Grace Hopper' })).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: /Reject the email/ })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Keyboard shortcuts' })).toBeNull();
    expect(screen.getByRole('checkbox', { name: 'Select the email to Grace Hopper' })).not.toBeChecked();
    expect(posts(calls)).toHaveLength(0);

    // Ctrl+Enter in a field approves, on purpose.
    key('Enter', { ctrlKey: true });
    expect(await screen.findByRole('heading', { level: 2, name: 'Alan Turing' })).toBeInTheDocument();
    expect(posts(calls).map((c) => c.url)).toEqual(['/api/drafts/d-1/approve']);
  });

  it('keeps an edit while moving away and back', async () => {
    renderReview();
    const article = await screen.findByRole('article');
    fireEvent.change(within(article).getByLabelText('Subject'), { target: { value: 'Kept' } });
    key('Escape');
    key('j');
    await screen.findByRole('heading', { level: 2, name: 'Alan Turing' });
    key('k');
    await screen.findByRole('heading', { level: 2, name: 'Grace Hopper' });
    expect(within(detail()).getByLabelText('Subject')).toHaveValue('Kept');
    expect(screen.getByText('Edited, not approved yet')).toBeInTheDocument();
  });

  it('bulk-approves the selection in one request and lists each result', async () => {
    let approved = false;
    const { calls } = renderReview({
      routes: {
        'GET /api/drafts': () => json(200, threeDrafts().filter((d) => !approved || d.id !== 'd-1')),
        'POST /api/drafts/bulk-approve': () => {
          approved = true;
          return json(200, aBulkApproval([
            { id: 'd-1', result: 'APPROVED', draft: aReviewDraft({ status: 'APPROVED' }), detail: null },
            { id: 'd-3', result: 'REFUSED', draft: null, detail: 'A REJECTED draft cannot be approved' },
          ]));
        },
      },
    });
    await screen.findByRole('heading', { level: 2, name: 'Grace Hopper' });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select the email to Grace Hopper' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select the email to Ada Lovelace' }));
    const bulk = screen.getByRole('button', { name: 'Approve selected (2)' });
    fireEvent.click(bulk);
    fireEvent.click(bulk);

    const results = await screen.findByTestId('bulk-results');
    expect(results).toHaveTextContent('Bulk approval: 1 of 2 approved');
    expect(results).toHaveTextContent('Grace Hopper: approved');
    expect(results).toHaveTextContent('Ada Lovelace: not approved: A REJECTED draft cannot be approved');
    expect(posts(calls)).toEqual([expect.objectContaining({ url: '/api/drafts/bulk-approve', body: { ids: ['d-1', 'd-3'] } })]);
    await waitFor(() => expect(screen.queryByRole('checkbox', { name: 'Select the email to Grace Hopper' })).toBeNull());
  });

  it('selects all on the page, leaves edited drafts out of the bulk approval, and approves with Shift+A', async () => {
    const { calls } = renderReview();
    const article = await screen.findByRole('article');
    fireEvent.change(within(article).getByLabelText('Subject'), { target: { value: 'Mine' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select all on this page (3)' }));
    expect(screen.getByRole('checkbox', { name: 'Select the email to Alan Turing' })).toBeChecked();
    expect(screen.getByText(/Not in the bulk approval: Grace Hopper/)).toBeInTheDocument();

    key('Escape');
    key('A', { shiftKey: true });
    const results = await screen.findByTestId('bulk-results');
    expect(results).toHaveTextContent('Bulk approval: 2 of 2 approved');
    expect(results).toHaveTextContent('Grace Hopper: not sent in the bulk approval (it has your edits)');
    expect(posts(calls)[0]?.body).toEqual({ ids: ['d-2', 'd-3'] });
    // Grace's edited draft stays, still edited.
    expect(within(screen.getByRole('article')).getByLabelText('Subject')).toHaveValue('Mine');
  });

  it('pages a long queue by 20: "select all" takes the page, j crosses to the next page', async () => {
    const many = Array.from({ length: 25 }, (_, i) =>
      aReviewDraft({
        id: `m-${i + 1}`,
        prospectId: `mp-${i + 1}`,
        recipient: { firstName: 'Person', lastName: String(i + 1), email: `p${i + 1}@x.example`, title: 'CEO', companyName: 'X' },
      }),
    );
    const { calls } = renderReview({ drafts: many });
    await screen.findByRole('heading', { level: 2, name: 'Person 1' });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select all on this page (20)' }));
    expect(screen.getByText('25 waiting · 20 selected')).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Page 2' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Person 21' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Select all on this page (5)' })).not.toBeChecked();
    key('k');
    expect(await screen.findByRole('heading', { level: 2, name: 'Person 20' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Select all on this page (20)' })).toBeChecked();
    key('j');
    expect(await screen.findByRole('heading', { level: 2, name: 'Person 21' })).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Approve selected (20)' }));
    await screen.findByTestId('bulk-results');
    expect(posts(calls)[0]?.body).toEqual({ ids: many.slice(0, 20).map((d) => d.id) });
    expect(await screen.findByText('5 waiting')).toBeInTheDocument();
  });

  it('shows a failed bulk approval as a problem', async () => {
    renderReview({
      routes: { 'POST /api/drafts/bulk-approve': () => problem(503, 'campaign-service is unavailable') },
    });
    await screen.findByRole('heading', { level: 2, name: 'Grace Hopper' });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select the email to Grace Hopper' }));
    fireEvent.click(screen.getByRole('button', { name: 'Approve selected (1)' }));

    expect(await screen.findByTestId('error-state')).toHaveTextContent('campaign-service is unavailable');
    expect(screen.queryByTestId('bulk-results')).toBeNull();
    expect(screen.getByRole('heading', { level: 2, name: 'Grace Hopper' })).toBeInTheDocument();
  });

  it('says why drafts of a campaign that is not running cannot be approved', async () => {
    renderReview({
      status: 'DRAFT',
      routes: {
        'POST /api/drafts/d-1/approve': () =>
          problem(409, 'Drafts of a DRAFT campaign cannot be approved; only ACTIVE or PAUSED campaigns send emails'),
      },
    });
    await screen.findByRole('heading', { level: 2, name: 'Grace Hopper' });
    expect(screen.getByText(/This campaign is DRAFT: only the drafts of an ACTIVE or PAUSED campaign/)).toBeInTheDocument();
    // The service has the last word (the campaign may have been launched meanwhile): its 409 is shown.
    fireEvent.click(within(detail()).getByRole('button', { name: 'Approve' }));
    expect(await screen.findByTestId('review-failure')).toHaveTextContent('Drafts of a DRAFT campaign cannot be approved');
  });

  it('says so and moves focus to the empty queue when the last draft is decided', async () => {
    renderReview({ drafts: [aReviewDraft()] });
    await screen.findByRole('heading', { level: 2, name: 'Grace Hopper' });
    key('a');

    expect(await screen.findByRole('heading', { name: 'No draft waiting for review' })).toBeInTheDocument();
    expect(screen.getByTestId('review-status')).toHaveTextContent('Approved the email to Grace Hopper. No draft left to review.');
    await waitFor(() => expect(document.activeElement).toHaveAttribute('id', 'review-done'));
  });

  it('shows the empty queue', async () => {
    renderReview({ drafts: [] });
    expect(await screen.findByRole('heading', { name: 'No draft waiting for review' })).toBeInTheDocument();
  });

  it('shows the loading state, then a failed list as a problem with a retry', async () => {
    let fail = true;
    renderReview({
      routes: {
        'GET /api/drafts': () => (fail ? problem(502, 'A service is unavailable.') : json(200, threeDrafts())),
      },
    });
    expect(screen.getByRole('status')).toHaveTextContent(/Loading/);
    expect(await screen.findByTestId('error-state')).toHaveTextContent('A service is unavailable.');
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Grace Hopper' })).toBeInTheDocument();
  });

  it('shows that there is no campaign yet', async () => {
    renderReview({ routes: { 'GET /api/campaigns': () => json(200, []) } });
    expect(await screen.findByRole('heading', { name: 'No campaign yet' })).toBeInTheDocument();
  });
});
