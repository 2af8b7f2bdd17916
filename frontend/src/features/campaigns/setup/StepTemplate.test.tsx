import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, problem } from '../../../test/harness';
import { aCampaignView, aNewDraft, aPreview } from '../campaignMothers';
import { calls, renderSetup } from './testing';

const unapproved = () =>
  aCampaignView({
    emailTemplate: { subject: 'Hi {{firstName}}', body: 'Hello {{firstName}}, book here: {{meetingLink}}', approved: false },
    missing: [{ step: 3, field: 'emailTemplate.approved', message: 'Approve the email template after checking its preview' }],
  });

describe('step 3, email template', () => {
  it('shows the template filled for a sample prospect, and approves it', async () => {
    const campaign = unapproved();
    const fake = renderSetup(
      '/campaigns/c-1/setup/3',
      {
        'GET /api/campaigns/c-1/email-template/preview': () => json(200, aPreview()),
        'POST /api/campaigns/c-1/email-template/approve': () =>
          json(200, { ...campaign, emailTemplate: { ...campaign.emailTemplate, approved: true }, missing: [], revision: 5 }),
      },
      campaign,
    );

    expect(await screen.findByTestId('preview-subject')).toHaveTextContent('Hi Claire');
    expect(screen.getByText(/As Claire Martin, VP Sales at Northwind Analytics would receive it/)).toBeInTheDocument();
    expect(screen.getByText('A sample prospect')).toBeInTheDocument();
    expect(screen.getByText('Not approved')).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Approve the template' }));

    expect(await screen.findByText('Approved')).toBeInTheDocument();
    expect(calls(fake, 'POST', '/api/campaigns/c-1/email-template/approve')).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Save and continue' }));
    expect(await screen.findByRole('heading', { level: 2, name: /Step 4 of 5/ })).toBeInTheDocument();
    expect(fake.calls.filter((c) => c.method === 'PUT')).toHaveLength(0);
  });

  it('saves a new template before its preview, then offers the approval', async () => {
    const draft = aNewDraft();
    let saved = draft;
    const fake = renderSetup(
      '/campaigns/c-1/setup/3',
      {
        'GET /api/campaigns/c-1': () => json(200, saved),
        'PUT /api/campaigns/c-1/email-template': (c) => {
          saved = { ...draft, emailTemplate: { ...(c.body as { subject: string; body: string }), approved: false }, revision: 1 };
          return json(200, saved);
        },
        'GET /api/campaigns/c-1/email-template/preview': () =>
          json(200, aPreview({ unfilled: ['{{meetingLink}}'] })),
      },
      draft,
    );

    expect(await screen.findByText('Save the template to see it filled for a sample prospect.')).toBeInTheDocument();
    expect(calls(fake, 'GET', '/api/campaigns/c-1/email-template/preview')).toHaveLength(0);

    fireEvent.click(screen.getByRole('button', { name: 'Save and preview' }));

    expect(await screen.findByTestId('preview-subject')).toHaveTextContent(/^Claire, a quicker way to fill Northwind Analytics’s pipeline$/);
    expect(calls(fake, 'PUT', '/api/campaigns/c-1/email-template')[0]?.body).toMatchObject({
      subject: '{{firstName}}, a quicker way to fill {{companyName}}’s pipeline',
    });
    expect(screen.getByText(/set the scheduler link in step 4/)).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Approve the template' })).toBeInTheDocument();
  });

  it('previews unsaved edits live, and says saving withdraws the approval', async () => {
    renderSetup(
      '/campaigns/c-1/setup/3',
      { 'GET /api/campaigns/c-1/email-template/preview': () => json(200, aPreview()) },
      aCampaignView(),
    );
    await screen.findByTestId('preview-subject');

    fireEvent.change(screen.getByLabelText(/^Subject/, { selector: 'input' }), {
      target: { value: '{{companyName}} and {{firstName}}' },
    });

    expect(screen.getByTestId('preview-subject')).toHaveTextContent('Northwind Analytics and Claire');
    expect(screen.getByText(/your unsaved changes included/)).toBeInTheDocument();
    expect(screen.getByText(/saving it withdraws the approval/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Approve the template' })).not.toBeInTheDocument();
  });

  it('refuses unknown merge fields and an empty body before sending anything', async () => {
    const fake = renderSetup(
      '/campaigns/c-1/setup/3',
      { 'GET /api/campaigns/c-1/email-template/preview': () => json(200, aPreview()) },
      aCampaignView(),
    );
    await screen.findByTestId('preview-subject');

    fireEvent.change(screen.getByLabelText(/^Subject/, { selector: 'input' }), { target: { value: 'Hi {{company}}' } });
    fireEvent.change(screen.getByLabelText(/^Body/, { selector: 'textarea' }), { target: { value: '  ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save and continue' }));

    expect(await screen.findByText(/^Unknown merge field \{\{company}}; use \{\{firstName}}/)).toBeInTheDocument();
    expect(screen.getByText('Write the email')).toBeInTheDocument();
    expect(fake.calls.filter((c) => c.method === 'PUT')).toHaveLength(0);
  });

  it("shows the API's problem at the body and stays on the step", async () => {
    renderSetup(
      '/campaigns/c-1/setup/3',
      {
        'GET /api/campaigns/c-1/email-template/preview': () => json(200, aPreview()),
        'PUT /api/campaigns/c-1/email-template': () =>
          problem(400, 'The request is not valid.', { errors: [{ field: 'body', message: 'size must be between 0 and 10000' }] }),
      },
      aCampaignView(),
    );
    await screen.findByTestId('preview-subject');
    fireEvent.change(screen.getByLabelText(/^Body/, { selector: 'textarea' }), { target: { value: 'Hello {{firstName}}' } });

    fireEvent.click(screen.getByRole('button', { name: 'Save and continue' }));

    await waitFor(() =>
      expect(screen.getByLabelText(/^Body/, { selector: 'textarea' })).toHaveAccessibleDescription(
        'size must be between 0 and 10000',
      ),
    );
    expect(screen.getByRole('heading', { level: 2, name: /Step 3 of 5/ })).toBeInTheDocument();
  });

  it('saves a sender of its own with the sending window kept', async () => {
    const campaign = aCampaignView();
    const fake = renderSetup(
      '/campaigns/c-1/setup/3',
      {
        'GET /api/campaigns/c-1/email-template/preview': () => json(200, aPreview()),
        'PUT /api/campaigns/c-1/sending': () =>
          problem(400, 'The request is not valid.', { errors: [{ field: 'sender.fromEmail', message: 'must be a well-formed email address' }] }),
      },
      campaign,
    );
    await screen.findByTestId('preview-subject');
    fireEvent.click(screen.getByRole('checkbox', { name: /Send from my own name and address/ }));
    fireEvent.change(screen.getByLabelText('From name', { selector: 'input' }), { target: { value: 'Ada Lovelace' } });
    fireEvent.change(screen.getByLabelText('From address', { selector: 'input' }), { target: { value: 'ada@example.com' } });

    fireEvent.click(screen.getByRole('button', { name: 'Save and continue' }));

    await waitFor(() =>
      expect(screen.getByLabelText('From address', { selector: 'input' })).toHaveAccessibleDescription(
        'must be a well-formed email address',
      ),
    );
    expect(calls(fake, 'PUT', '/api/campaigns/c-1/sending')[0]?.body).toEqual({
      window: campaign.sending,
      sender: { fromEmail: 'ada@example.com', fromName: 'Ada Lovelace', dailyCap: 30 },
    });
  });

  it('signs the live preview with an unsaved sender of its own', async () => {
    renderSetup(
      '/campaigns/c-1/setup/3',
      { 'GET /api/campaigns/c-1/email-template/preview': () => json(200, aPreview()) },
      aCampaignView(),
    );
    await screen.findByTestId('preview-subject');
    fireEvent.change(screen.getByLabelText(/^Body/, { selector: 'textarea' }), { target: { value: 'Best, {{senderName}}' } });
    expect(screen.getByTestId('template-preview')).toHaveTextContent('Best, OpenSDR Demo');

    fireEvent.click(screen.getByRole('checkbox', { name: /Send from my own name and address/ }));
    fireEvent.change(screen.getByLabelText('From name', { selector: 'input' }), { target: { value: 'Ada Lovelace' } });

    expect(screen.getByTestId('template-preview')).toHaveTextContent('Best, Ada Lovelace');
  });
});
