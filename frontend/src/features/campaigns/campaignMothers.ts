import type { CampaignView, TemplatePreview } from './campaignApi';

// Object mothers of campaign-service's answers, for the campaign screens' tests.

/** A complete draft, ready to launch: override what a test is about. */
export function aCampaignView(overrides: Partial<CampaignView> = {}): CampaignView {
  return {
    id: 'c-1',
    name: 'Sales leaders in European software',
    sector: 'Software',
    status: 'DRAFT',
    targetProfile: {
      titles: ['VP Sales'],
      seniorities: ['VP'],
      companySizes: ['51-200'],
      industries: ['Software'],
      countries: ['FR'],
    },
    emailTemplate: { subject: 'Hi {{firstName}}', body: 'Hello {{firstName}}, book here: {{meetingLink}}', approved: true },
    meeting: {
      days: ['MONDAY', 'TUESDAY'],
      startHour: 9,
      endHour: 17,
      timeZone: 'Europe/Paris',
      schedulerLink: 'https://calendly.com/ada/30min',
    },
    source: 'DEMO',
    qualification: { threshold: 60, reviewBand: 5, hotScore: 80, weights: { budget: 25, authority: 25, need: 25, timeline: 25 } },
    threshold: 60,
    dailyProspectQuota: 100,
    sending: { days: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'], startHour: 9, endHour: 17, timeZone: null, dailyCap: 100 },
    sender: null,
    missing: [],
    revision: 4,
    createdAt: '2026-01-05T10:00:00Z',
    launchedAt: null,
    ...overrides,
  };
}

/** A draft just created by step 1: steps 2 to 4 not saved yet. */
export function aNewDraft(overrides: Partial<CampaignView> = {}): CampaignView {
  return aCampaignView({
    targetProfile: null,
    emailTemplate: null,
    meeting: null,
    revision: 0,
    missing: [
      { step: 2, field: 'targetProfile', message: 'Choose the target profile (titles, seniorities, company sizes, industries, countries)' },
      { step: 3, field: 'emailTemplate', message: 'Write the email template' },
      { step: 4, field: 'meeting', message: 'Set the meeting availability (days, hours, time zone, scheduler link)' },
    ],
    ...overrides,
  });
}

export function aPreview(overrides: Partial<TemplatePreview> = {}): TemplatePreview {
  return {
    subject: 'Hi Claire',
    body: 'Hello Claire, book here: https://calendly.com/ada/30min',
    sampleSource: 'SAMPLE',
    prospectId: null,
    values: {
      '{{firstName}}': 'Claire',
      '{{lastName}}': 'Martin',
      '{{title}}': 'VP Sales',
      '{{companyName}}': 'Northwind Analytics',
      '{{senderName}}': 'OpenSDR Demo',
      '{{meetingLink}}': 'https://calendly.com/ada/30min',
    },
    unfilled: [],
    ...overrides,
  };
}
