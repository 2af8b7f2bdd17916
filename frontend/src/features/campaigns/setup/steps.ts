import type { CampaignView, SetupGap } from '../campaignApi';

export const STEPS = [
  { step: 1, title: 'Name and sector', short: 'Name' },
  { step: 2, title: 'Target profile', short: 'Target' },
  { step: 3, title: 'Email template', short: 'Template' },
  { step: 4, title: 'Availability', short: 'Availability' },
  { step: 5, title: 'Review and launch', short: 'Launch' },
] as const;

export type StepNumber = 1 | 2 | 3 | 4 | 5;
export type StepState = 'done' | 'missing' | 'todo';

export function stepTitle(step: number): string {
  return STEPS.find((s) => s.step === step)?.title ?? `Step ${step}`;
}

export function parseStep(text: string | undefined): StepNumber | null {
  const n = Number(text);
  return n === 1 || n === 2 || n === 3 || n === 4 || n === 5 ? n : null;
}

/** What each step still lacks, from the campaign's `missing` list (the API's own checks). */
export function gapsOf(campaign: CampaignView | null, step: number): SetupGap[] {
  return campaign ? campaign.missing.filter((g) => g.step === step) : [];
}

/**
 * Done, missing or still to do, from what the API says the campaign lacks. Step 1 is done once the
 * draft exists; step 5 once the campaign is launched.
 */
export function stepState(campaign: CampaignView | null, step: number): StepState {
  if (!campaign) return 'todo';
  if (step === 1) return 'done';
  if (step === 5) return campaign.status === 'DRAFT' ? 'todo' : 'done';
  return gapsOf(campaign, step).length > 0 ? 'missing' : 'done';
}

/** Where reopening a draft resumes: its first step with something missing, else the review. */
export function firstIncompleteStep(campaign: CampaignView): StepNumber {
  const steps = campaign.missing.map((g) => g.step).filter((s) => s >= 1 && s <= 4);
  const first = steps.length > 0 ? Math.min(...steps) : 5;
  return (parseStep(String(first)) ?? 5);
}

export const setupPath = (id: string, step: number) => `/campaigns/${encodeURIComponent(id)}/setup/${step}`;
