// Object Mothers of the prospects screens' API answers (tests only).
import type { Prospect, ProspectCampaign, ScoreHistogram } from './prospectsApi';

export function aProspect(overrides: Partial<Prospect> = {}): Prospect {
  return {
    id: 'p-1',
    campaignId: 'c-1',
    source: 'DEMO',
    person: {
      firstName: 'Grace',
      lastName: 'Hopper',
      email: 'grace@acme.example',
      title: 'VP Sales',
      companyName: 'Acme',
      companyDomain: 'acme.example',
      industry: 'Software',
      timeZone: 'Europe/Paris',
    },
    status: 'QUALIFIED',
    bant: {
      score: 72,
      budget: { score: 68, reason: 'Acme has 80 employees; about USD 12 M in annual revenue.' },
      authority: { score: 50, reason: 'VP Sales is a vice-president: signs off purchases of this size.' },
      need: { score: 100, reason: 'Software is a target industry; 80 employees is a target size.' },
      timeline: { score: 70, reason: 'Most recent activity 86 days ago: hiring.' },
      threshold: 60,
      decision: 'QUALIFIED',
      hot: false,
      contactable: true,
    },
    review: null,
    createdAt: '2026-11-27T11:53:40.234Z',
    ...overrides,
  };
}

export function aReviewProspect(overrides: Partial<Prospect> = {}): Prospect {
  const base = aProspect();
  return aProspect({
    id: 'p-r1',
    status: 'REVIEW',
    bant: { ...base.bant!, score: 58, decision: 'REVIEW' },
    ...overrides,
  });
}

export function aProspectCampaign(overrides: Partial<ProspectCampaign> = {}): ProspectCampaign {
  return {
    id: 'c-1',
    name: 'Sales leaders',
    status: 'ACTIVE',
    qualification: { threshold: 60, reviewBand: 5, hotScore: 80, weights: { budget: 25, authority: 25, need: 25, timeline: 25 } },
    revision: 3,
    ...overrides,
  };
}

/** A histogram with `scores` (score → how many prospects). */
export function aHistogram(scores: Record<number, number>, overrides: Partial<ScoreHistogram> = {}): ScoreHistogram {
  const counts = Array.from({ length: 101 }, (_, s) => scores[s] ?? 0);
  return {
    campaignId: 'c-1',
    threshold: 60,
    reviewBand: 5,
    hotScore: 80,
    total: counts.reduce((a, b) => a + b, 0),
    counts,
    ...overrides,
  };
}
