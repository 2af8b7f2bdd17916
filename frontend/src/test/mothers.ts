import type { Campaign, Draft, Metrics } from '../api/types';

export function aCampaign(overrides: Partial<Campaign> = {}): Campaign {
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
    emailTemplate: { subject: 'Hi {{firstName}}', body: 'Hello {{firstName}}' },
    meeting: {
      days: ['MONDAY', 'TUESDAY'],
      startHour: 9,
      endHour: 17,
      timeZone: 'Europe/Paris',
      schedulerLink: null,
    },
    threshold: 60,
    dailyProspectQuota: 100,
    createdAt: '2026-01-05T10:00:00Z',
    launchedAt: null,
    ...overrides,
  };
}

export function someMetrics(overrides: Partial<Metrics> = {}): Metrics {
  return {
    prospectsFound: 12,
    qualified: 7,
    inReview: 2,
    rejected: 3,
    emailsDrafted: 5,
    emailsApproved: 4,
    emailsSent: 3,
    delivered: 3,
    humanOpens: 2,
    clicks: 1,
    replies: 1,
    bounces: 0,
    unsubscribes: 0,
    spamReports: 0,
    meetingsBooked: 1,
    ...overrides,
  };
}

export function aDraft(overrides: Partial<Draft> = {}): Draft {
  return {
    id: 'd-1',
    campaignId: 'c-1',
    prospectId: 'p-1',
    recipient: {
      firstName: 'Grace',
      lastName: 'Hopper',
      email: 'grace@acme.example',
      title: 'VP Sales',
      companyName: 'Acme',
    },
    subject: 'Grace, a quicker way to fill Acme’s pipeline',
    body: 'Hi Grace,\n\nShall we talk?',
    bantScore: 78,
    status: 'PENDING',
    createdAt: '2026-01-05T10:00:00Z',
    ...overrides,
  };
}
