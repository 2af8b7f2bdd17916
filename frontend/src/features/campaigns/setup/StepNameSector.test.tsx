import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, problem } from '../../../test/harness';
import { aCampaignView, aNewDraft } from '../campaignMothers';
import { calls, renderSetup } from './testing';

const nameInput = () => screen.getByRole('textbox', { name: 'Name' });

describe('step 1, name and sector', () => {
  it('creates the draft from the demo-prefilled values and goes on to step 2', async () => {
    const draft = aNewDraft({ name: 'Demo — Sales leaders in European software' });
    const fake = renderSetup('/campaigns/new', {
      'POST /api/campaigns': () => json(201, draft),
      'GET /api/campaigns/c-1': () => json(200, draft),
    });

    expect(screen.getByRole('heading', { level: 1, name: 'New campaign' })).toBeInTheDocument();
    expect(nameInput()).toHaveValue('Demo — Sales leaders in European software');
    fireEvent.change(nameInput(), { target: { value: '  Nordic fintech  ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save and continue' }));

    expect(await screen.findByRole('heading', { level: 2, name: /Step 2 of 5/ })).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/campaigns/c-1/setup/2');
    expect(calls(fake, 'POST', '/api/campaigns')[0]?.body).toEqual({ name: 'Nordic fintech', sector: 'Software' });
  });

  it('says what is wrong before sending anything', async () => {
    const fake = renderSetup('/campaigns/new', {});
    fireEvent.change(nameInput(), { target: { value: '   ' } });
    fireEvent.change(screen.getByLabelText(/^Sector/, { selector: 'input' }), { target: { value: 'x'.repeat(121) } });

    fireEvent.click(screen.getByRole('button', { name: 'Save and continue' }));

    expect(await screen.findByText('Give the campaign a name')).toBeInTheDocument();
    expect(screen.getByText('At most 120 characters')).toBeInTheDocument();
    expect(nameInput()).toHaveAttribute('aria-invalid', 'true');
    expect(fake.calls).toHaveLength(0);
  });

  it("shows the API's field errors at their input and the others in the alert", async () => {
    renderSetup('/campaigns/new', {
      'POST /api/campaigns': () =>
        problem(400, 'The request is not valid.', {
          errors: [
            { field: 'name', message: 'must not be blank' },
            { field: 'owner', message: 'is not a known field' },
          ],
        }),
    });

    fireEvent.click(screen.getByRole('button', { name: 'Save and continue' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('owner: is not a known field');
    expect(alert).not.toHaveTextContent('must not be blank');
    expect(nameInput()).toHaveAccessibleDescription('must not be blank');
  });

  it('renames a draft when the user goes on, and not when nothing changed', async () => {
    const campaign = aCampaignView();
    const fake = renderSetup(
      '/campaigns/c-1/setup/1',
      { 'PUT /api/campaigns/c-1/name-and-sector': (c) => json(200, { ...campaign, ...(c.body as object) }) },
      campaign,
    );
    fireEvent.change(await screen.findByRole('textbox', { name: 'Name' }), { target: { value: 'Renamed' } });

    fireEvent.click(screen.getByRole('button', { name: 'Save and continue' }));

    expect(await screen.findByRole('heading', { level: 2, name: /Step 2 of 5/ })).toBeInTheDocument();
    expect(calls(fake, 'PUT', '/api/campaigns/c-1/name-and-sector')[0]?.body).toEqual({
      name: 'Renamed',
      sector: 'Software',
    });
  });
});

describe('resuming a draft', () => {
  it('opens the first step with something missing', async () => {
    renderSetup(
      '/campaigns/c-1/setup',
      {},
      aCampaignView({
        emailTemplate: { subject: 'Hi', body: 'Hello', approved: false },
        missing: [{ step: 3, field: 'emailTemplate.approved', message: 'Approve the email template after checking its preview' }],
      }),
    );

    expect(await screen.findByRole('heading', { level: 2, name: /Step 3 of 5/ })).toBeInTheDocument();
    const stepper = screen.getByRole('navigation', { name: 'Setup steps' });
    expect(within(stepper).getByRole('link', { name: /3\. Email template/ })).toHaveAttribute('aria-current', 'step');
    expect(within(stepper).getByRole('link', { name: /2\. Target profile.*done/ })).toBeInTheDocument();
    expect(within(stepper).getByRole('link', { name: /4\. Availability.*done/ })).toBeInTheDocument();
  });

  it('opens the review when nothing is missing', async () => {
    renderSetup('/campaigns/c-1/setup', {
      'GET /api/campaigns/c-1/setup': () => json(200, { launchable: true, missing: [], campaign: aCampaignView() }),
    }, aCampaignView());

    expect(await screen.findByRole('heading', { level: 2, name: /Step 5 of 5/ })).toBeInTheDocument();
  });

  it('shows the missing steps in the stepper and goes to one with the keyboard', async () => {
    renderSetup('/campaigns/c-1/setup/2', {}, aNewDraft());

    const stepper = await screen.findByRole('navigation', { name: 'Setup steps' });
    const template = within(stepper).getByRole('link', { name: /3\. Email template.*something missing/ });
    expect(within(stepper).getByRole('link', { name: /2\. Target profile.*current · missing/ })).toHaveAttribute(
      'aria-current',
      'step',
    );
    template.focus();
    expect(template).toHaveFocus();
  });

  it('refuses to edit a launched campaign', async () => {
    renderSetup('/campaigns/c-1/setup/2', {}, aCampaignView({ status: 'ACTIVE' }));

    expect(await screen.findByRole('heading', { name: 'This campaign is already launched' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open the campaign' })).toHaveAttribute('href', '/campaigns/c-1');
  });

  it('shows why the campaign cannot be read', async () => {
    renderSetup('/campaigns/c-1/setup/2', {
      'GET /api/campaigns/c-1': () => problem(503, 'Campaign service is down'),
    });

    expect(await screen.findByRole('alert')).toHaveTextContent('Campaign service is down');
  });
});
