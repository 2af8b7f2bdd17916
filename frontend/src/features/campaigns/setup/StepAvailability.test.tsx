import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, problem } from '../../../test/harness';
import { aCampaignView, aNewDraft } from '../campaignMothers';
import { browserTimeZone } from './options';
import { calls, renderSetup } from './testing';

const next = () => fireEvent.click(screen.getByRole('button', { name: 'Save and continue' }));
const meetings = () => screen.getByRole('group', { name: 'Meetings' });

describe('step 4, availability', () => {
  it("saves a new draft's meeting days, hours and the browser's time zone, then opens the review", async () => {
    const draft = aNewDraft({
      emailTemplate: { subject: 'Hi', body: 'Book: {{meetingLink}}', approved: true },
      missing: [{ step: 4, field: 'meeting', message: 'Set the meeting availability' }],
    });
    const fake = renderSetup(
      '/campaigns/c-1/setup/4',
      {
        'PUT /api/campaigns/c-1/meeting': (c) => json(200, { ...draft, meeting: c.body, missing: [] }),
        'GET /api/campaigns/c-1/setup': () => json(200, { launchable: true, missing: [], campaign: aCampaignView() }),
      },
      draft,
    );
    await screen.findByRole('heading', { level: 2, name: /Step 4 of 5/ });
    fireEvent.click(within(meetings()).getByRole('checkbox', { name: 'Sat' }));

    next();

    expect(await screen.findByRole('heading', { level: 2, name: /Step 5 of 5/ })).toBeInTheDocument();
    expect(calls(fake, 'PUT', '/api/campaigns/c-1/meeting')[0]?.body).toEqual({
      days: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY'],
      startHour: 9,
      endHour: 17,
      timeZone: browserTimeZone(),
      schedulerLink: 'https://calendly.com/opensdr-demo/20min',
    });
    expect(calls(fake, 'PUT', '/api/campaigns/c-1/sending')).toHaveLength(0);
  });

  it('asks for a day, and for the scheduler link the template uses', async () => {
    const fake = renderSetup('/campaigns/c-1/setup/4', {}, aCampaignView());
    await screen.findByRole('heading', { level: 2, name: /Step 4 of 5/ });
    fireEvent.click(within(meetings()).getByRole('checkbox', { name: 'Mon' }));
    fireEvent.click(within(meetings()).getByRole('checkbox', { name: 'Tue' }));
    fireEvent.change(screen.getByLabelText(/^Scheduler link/, { selector: 'input' }), { target: { value: '' } });

    next();

    expect(await screen.findByText('Choose at least one day for meetings')).toBeInTheDocument();
    expect(screen.getByText('Your template uses {{meetingLink}}: give the link prospects book meetings with')).toBeInTheDocument();
    expect(fake.calls.filter((c) => c.method === 'PUT')).toHaveLength(0);
  });

  it('refuses a link that is not https', async () => {
    const fake = renderSetup('/campaigns/c-1/setup/4', {}, aCampaignView());
    await screen.findByRole('heading', { level: 2, name: /Step 4 of 5/ });
    fireEvent.change(screen.getByLabelText(/^Scheduler link/, { selector: 'input' }), {
      target: { value: 'http://calendly.com/ada' },
    });

    next();

    expect(await screen.findByText('An https link such as https://calendly.com/you/30min')).toBeInTheDocument();
    expect(fake.calls.filter((c) => c.method === 'PUT')).toHaveLength(0);
  });

  it("shows the API's problems at the meeting's and the sending window's inputs", async () => {
    renderSetup(
      '/campaigns/c-1/setup/4',
      {
        'PUT /api/campaigns/c-1/meeting': () =>
          problem(400, 'The request is not valid.', { errors: [{ field: 'timeZone', message: 'is not a known IANA time zone' }] }),
      },
      aNewDraft({ missing: [{ step: 4, field: 'meeting', message: 'Set the meeting availability' }] }),
    );
    await screen.findByRole('heading', { level: 2, name: /Step 4 of 5/ });

    next();

    expect(await screen.findByText('is not a known IANA time zone')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toHaveTextContent('The request is not valid.');
    expect(screen.getByRole('heading', { level: 2, name: /Step 4 of 5/ })).toBeInTheDocument();
  });

  it('sends a changed sending cap with the sender kept', async () => {
    const campaign = aCampaignView({ sender: { fromEmail: 'ada@example.com', fromName: 'Ada', dailyCap: 30 } });
    const fake = renderSetup(
      '/campaigns/c-1/setup/4',
      {
        'PUT /api/campaigns/c-1/sending': () => json(200, campaign),
        'GET /api/campaigns/c-1/setup': () => json(200, { launchable: true, missing: [], campaign }),
      },
      campaign,
    );
    await screen.findByRole('heading', { level: 2, name: /Step 4 of 5/ });
    fireEvent.change(screen.getByRole('textbox', { name: 'Campaign emails per day' }), { target: { value: '40' } });

    next();

    await waitFor(() => expect(calls(fake, 'PUT', '/api/campaigns/c-1/sending')).toHaveLength(1));
    expect(calls(fake, 'PUT', '/api/campaigns/c-1/sending')[0]?.body).toEqual({
      window: { ...campaign.sending, dailyCap: 40 },
      sender: campaign.sender,
    });
    expect(calls(fake, 'PUT', '/api/campaigns/c-1/meeting')).toHaveLength(0);
  });
});

describe('step 4, problems of the sending window', () => {
  it("shows the sending endpoint's field errors at the sending inputs", async () => {
    const campaign = aCampaignView();
    renderSetup(
      '/campaigns/c-1/setup/4',
      {
        'PUT /api/campaigns/c-1/sending': () =>
          problem(400, 'The request is not valid.', { errors: [{ field: 'window.dailyCap', message: 'must be at most 10000' }] }),
      },
      campaign,
    );
    await screen.findByRole('heading', { level: 2, name: /Step 4 of 5/ });
    fireEvent.change(screen.getByRole('textbox', { name: 'Campaign emails per day' }), { target: { value: '50' } });

    next();

    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: 'Campaign emails per day' })).toHaveAccessibleDescription('must be at most 10000'),
    );
    expect(screen.getByRole('heading', { level: 2, name: /Step 4 of 5/ })).toBeInTheDocument();
  });
});
