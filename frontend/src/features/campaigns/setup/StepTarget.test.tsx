import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, problem } from '../../../test/harness';
import { aCampaignView, aNewDraft } from '../campaignMothers';
import { calls, renderSetup } from './testing';

const weight = (name: string) => screen.getByRole('textbox', { name: `${name} weight` });
const next = () => fireEvent.click(screen.getByRole('button', { name: 'Save and continue' }));

describe('step 2, target profile', () => {
  it('saves the demo profile of a new draft and goes on to the template', async () => {
    const draft = aNewDraft();
    const fake = renderSetup(
      '/campaigns/c-1/setup/2',
      { 'PUT /api/campaigns/c-1/target-profile': (c) => json(200, { ...draft, targetProfile: c.body, missing: draft.missing.slice(1) }) },
      draft,
    );

    expect(await screen.findByText('Prefilled with the demo profile')).toBeInTheDocument();
    next();

    expect(await screen.findByRole('heading', { level: 2, name: /Step 3 of 5/ })).toBeInTheDocument();
    expect(calls(fake, 'PUT', '/api/campaigns/c-1/target-profile')[0]?.body).toEqual({
      titles: ['VP Sales', 'Head of Sales'],
      seniorities: ['VP', 'DIRECTOR'],
      companySizes: ['51-200', '201-500'],
      industries: ['Software', 'Fintech'],
      countries: ['FR', 'DE', 'GB'],
    });
    // Source, quota and BANT did not change: not sent again.
    expect(calls(fake, 'PUT', '/api/campaigns/c-1/prospecting')).toHaveLength(0);
    expect(calls(fake, 'PUT', '/api/campaigns/c-1/qualification')).toHaveLength(0);
  });

  it('says live that the BANT weights must total 100, and saves nothing until they do', async () => {
    const fake = renderSetup('/campaigns/c-1/setup/2', {}, aCampaignView());
    await screen.findByRole('heading', { level: 2, name: /Step 2 of 5/ });
    expect(screen.getByTestId('weights-total')).toHaveTextContent('Weights total 100 %');

    fireEvent.change(weight('Budget'), { target: { value: '30' } });

    expect(screen.getByTestId('weights-total')).toHaveTextContent('Weights total 105 %: they must total 100 %');
    next();
    await screen.findByRole('heading', { level: 2, name: /Step 2 of 5/ });
    expect(fake.calls.filter((c) => c.method === 'PUT')).toHaveLength(0);

    fireEvent.change(weight('Need'), { target: { value: '20' } });
    expect(screen.getByTestId('weights-total')).toHaveTextContent('Weights total 100 %');
  });

  it('checks the threshold, hot score and quota on the client', async () => {
    const fake = renderSetup('/campaigns/c-1/setup/2', {}, aCampaignView());
    await screen.findByRole('heading', { level: 2, name: /Step 2 of 5/ });

    fireEvent.change(screen.getByRole('textbox', { name: /Qualification threshold/ }), { target: { value: '90' } });
    fireEvent.change(screen.getByRole('textbox', { name: /Prospects per day/ }), { target: { value: '5000' } });
    next();

    expect(await screen.findByText('At least the threshold')).toBeInTheDocument();
    expect(screen.getByText('Between 1 and 1000')).toBeInTheDocument();
    expect(fake.calls.filter((c) => c.method === 'PUT')).toHaveLength(0);
  });

  it('sends the changed source, quota and BANT settings to their endpoints', async () => {
    const campaign = aCampaignView();
    const fake = renderSetup(
      '/campaigns/c-1/setup/2',
      {
        'PUT /api/campaigns/c-1/prospecting': () => json(200, campaign),
        'PUT /api/campaigns/c-1/qualification': () => json(200, campaign),
      },
      campaign,
    );
    await screen.findByRole('heading', { level: 2, name: /Step 2 of 5/ });

    fireEvent.click(screen.getByRole('radio', { name: /CSV import/ }));
    fireEvent.change(screen.getByRole('textbox', { name: /Prospects per day/ }), { target: { value: '40' } });
    fireEvent.change(weight('Budget'), { target: { value: '40' } });
    fireEvent.change(weight('Timeline'), { target: { value: '10' } });
    next();

    expect(await screen.findByRole('heading', { level: 2, name: /Step 3 of 5/ })).toBeInTheDocument();
    expect(calls(fake, 'PUT', '/api/campaigns/c-1/target-profile')).toHaveLength(0);
    expect(calls(fake, 'PUT', '/api/campaigns/c-1/prospecting')[0]?.body).toEqual({ source: 'CSV', dailyProspectQuota: 40 });
    expect(calls(fake, 'PUT', '/api/campaigns/c-1/qualification')[0]?.body).toEqual({
      threshold: 60,
      reviewBand: 5,
      hotScore: 80,
      weights: { budget: 40, authority: 25, need: 25, timeline: 10 },
    });
  });

  it("shows the API's field errors at their input and stays on the step", async () => {
    const draft = aNewDraft();
    renderSetup(
      '/campaigns/c-1/setup/2',
      {
        'PUT /api/campaigns/c-1/target-profile': () =>
          problem(400, 'The request is not valid.', {
            errors: [
              { field: 'countries[1]', message: 'must be an ISO 3166-1 alpha-2 code such as FR' },
              { field: 'regions', message: 'is not a known field' },
            ],
          }),
      },
      draft,
    );
    await screen.findByRole('heading', { level: 2, name: /Step 2 of 5/ });

    next();

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('regions: is not a known field');
    expect(alert).not.toHaveTextContent('alpha-2');
    expect(screen.getByText('must be an ISO 3166-1 alpha-2 code such as FR')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: /Step 2 of 5/ })).toBeInTheDocument();
  });

  it('asks for at least one criterion', async () => {
    const fake = renderSetup(
      '/campaigns/c-1/setup/2',
      {},
      aCampaignView({ targetProfile: { titles: ['CEO'], seniorities: [], companySizes: [], industries: [], countries: [] } }),
    );
    await screen.findByRole('heading', { level: 2, name: /Step 2 of 5/ });

    fireEvent.keyDown(screen.getByLabelText('Job titles', { selector: 'input' }), { key: 'Backspace' });
    next();

    expect(await screen.findByText('Name at least one title, seniority, company size, industry or country')).toBeInTheDocument();
    expect(fake.calls.filter((c) => c.method === 'PUT')).toHaveLength(0);
  });
});

describe('leaving step 2 from the stepper', () => {
  it('saves the changed step first, then opens the chosen step', async () => {
    const campaign = aCampaignView();
    const fake = renderSetup(
      '/campaigns/c-1/setup/2',
      { 'PUT /api/campaigns/c-1/prospecting': () => json(200, { ...campaign, dailyProspectQuota: 40 }) },
      campaign,
    );
    await screen.findByRole('heading', { level: 2, name: /Step 2 of 5/ });
    fireEvent.change(screen.getByRole('textbox', { name: /Prospects per day/ }), { target: { value: '40' } });

    fireEvent.click(screen.getByRole('link', { name: /4\. Availability/ }));

    expect(await screen.findByRole('heading', { level: 2, name: /Step 4 of 5/ })).toBeInTheDocument();
    expect(calls(fake, 'PUT', '/api/campaigns/c-1/prospecting')[0]?.body).toEqual({ source: 'DEMO', dailyProspectQuota: 40 });
  });

  it('stays when the changed step is not valid', async () => {
    const fake = renderSetup('/campaigns/c-1/setup/2', {}, aCampaignView());
    await screen.findByRole('heading', { level: 2, name: /Step 2 of 5/ });
    fireEvent.change(weight('Authority'), { target: { value: '50' } });

    fireEvent.click(screen.getByRole('button', { name: 'Back' }));

    expect(screen.getByTestId('weights-total')).toHaveTextContent('Weights total 125 %: they must total 100 %');
    // The guard validated and refused: the Back button's navigation never happens.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(screen.getByTestId('location')).toHaveTextContent('/campaigns/c-1/setup/2');
    expect(fake.calls.filter((c) => c.method === 'PUT')).toHaveLength(0);
  });
});
