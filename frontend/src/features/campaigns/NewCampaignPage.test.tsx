import { fireEvent, screen } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { aCampaign } from '../../test/mothers';
import { fakeFetch, json, problem, renderApp } from '../../test/harness';
import { NewCampaignPage } from './NewCampaignPage';

function renderForm(routes: Parameters<typeof fakeFetch>[0]) {
  const fake = fakeFetch(routes);
  renderApp(
    <Routes>
      <Route path="/campaigns/new" element={<NewCampaignPage />} />
      <Route path="/campaigns/:id" element={<h1>Campaign page</h1>} />
    </Routes>,
    { fetch: fake.fetch, route: '/campaigns/new' },
  );
  return fake;
}

describe('NewCampaignPage', () => {
  it('leaves the template unapproved unless the user approves it', async () => {
    const { calls } = renderForm({ 'POST /api/campaigns': () => json(201, aCampaign({ id: 'c-9' })) });

    fireEvent.click(screen.getByRole('button', { name: 'Create campaign' }));

    expect(await screen.findByRole('heading', { name: 'Campaign page' })).toBeInTheDocument();
    expect(calls[0]?.body).toMatchObject({ emailTemplate: { approved: false } });
  });

  it('posts the prefilled demo campaign and opens it', async () => {
    const { calls } = renderForm({ 'POST /api/campaigns': () => json(201, aCampaign({ id: 'c-9' })) });

    fireEvent.click(screen.getByRole('checkbox', { name: /approve it as the template/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Create campaign' }));

    expect(await screen.findByRole('heading', { name: 'Campaign page' })).toBeInTheDocument();
    expect(calls[0]?.body).toMatchObject({
      sector: 'Software',
      targetProfile: {
        titles: ['VP Sales', 'Head of Sales'],
        seniorities: ['VP', 'DIRECTOR'],
        companySizes: ['51-200', '201-500'],
        industries: ['Software', 'Fintech'],
        countries: ['FR', 'DE', 'GB'],
      },
      meeting: {
        days: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'],
        startHour: 9,
        endHour: 17,
        timeZone: 'Europe/Paris',
        schedulerLink: 'https://calendly.com/opensdr-demo/20min',
      },
      threshold: 60,
      dailyProspectQuota: 100,
      emailTemplate: { approved: true },
    });
    const template = (calls[0]?.body as { emailTemplate: { body: string } }).emailTemplate.body;
    for (const field of ['{{firstName}}', '{{companyName}}', '{{title}}', '{{senderName}}', '{{meetingLink}}']) {
      expect(template).toContain(field);
    }
  });

  it('shows field errors next to their inputs and the others in the alert', async () => {
    renderForm({
      'POST /api/campaigns': () =>
        problem(400, 'The campaign is not valid.', {
          errors: [
            { field: 'name', message: 'must not be blank' },
            { field: 'targetProfile.countries[1]', message: 'unknown country ZZ' },
            { field: 'owner', message: 'is required' },
          ],
        }),
    });
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: '' } });

    fireEvent.click(screen.getByRole('button', { name: 'Create campaign' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The campaign is not valid.');
    expect(alert).toHaveTextContent('owner: is required');
    expect(alert).not.toHaveTextContent('must not be blank');
    expect(screen.getByLabelText('Name')).toHaveAccessibleDescription('must not be blank');
    expect(screen.getByLabelText('Name')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Countries')).toHaveAccessibleDescription(
      'ISO codes, such as FR, DE, GB. unknown country ZZ',
    );
  });
});
