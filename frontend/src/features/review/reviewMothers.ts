import type { Bant, BulkApproval, ReviewDraft } from './reviewApi';

/** Object Mothers of the review screen's tests: campaign-service's DraftView as the API answers it. */
export function aBant(overrides: Partial<Bant> = {}): Bant {
  return {
    score: 78,
    budget: { score: 83, reason: 'Acme has 187 employees; raised a Series A on 2026-05-02.' },
    authority: { score: 80, reason: 'VP Sales is a decision-maker who usually owns a budget line.' },
    need: { score: 100, reason: 'Software is a target industry; growing: hiring 21 people.' },
    timeline: { score: 50, reason: 'Most recent activity 142 days ago: hiring.' },
    threshold: 60,
    decision: 'QUALIFIED',
    hot: false,
    contactable: true,
    ...overrides,
  };
}

export const FOOTER = '\n-- \nWe found your name in the demo directory. Unsubscribe: https://u.example/x';

export function aReviewDraft(overrides: Partial<ReviewDraft> = {}): ReviewDraft {
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
    body: `Hi Grace,\n\nShall we talk?\n${FOOTER}`,
    bantScore: 78,
    status: 'PENDING',
    createdAt: '2026-01-05T10:00:00Z',
    bant: aBant(),
    ...overrides,
  };
}

/** Three drafts to three people: Grace (d-1), Alan (d-2), Ada (d-3). */
export function threeDrafts(): ReviewDraft[] {
  return [
    aReviewDraft(),
    aReviewDraft({
      id: 'd-2',
      prospectId: 'p-2',
      recipient: { firstName: 'Alan', lastName: 'Turing', email: 'alan@bletchley.example', title: 'CTO', companyName: 'Bletchley' },
      subject: 'Alan, about Bletchley',
      body: `Hello Alan,\n\nA word?\n${FOOTER}`,
      bantScore: 66,
      bant: aBant({ score: 66, hot: true }),
    }),
    aReviewDraft({
      id: 'd-3',
      prospectId: 'p-3',
      recipient: { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@engine.example', title: 'Head of Sales', companyName: 'Engine' },
      subject: 'Ada, about Engine',
      body: 'Dear Ada,\n\nNo footer here.',
      bantScore: 61,
      bant: null,
    }),
  ];
}

export function aBulkApproval(results: BulkApproval['results']): BulkApproval {
  return { approved: results.filter((r) => r.result === 'APPROVED').length, results };
}
