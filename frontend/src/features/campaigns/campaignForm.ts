import type { CreateCampaign } from '../../api/types';

/** The create form's state: what the inputs hold, as text. */
export interface CampaignFormValues {
  name: string;
  sector: string;
  titles: string;
  seniorities: string;
  companySizes: string;
  industries: string;
  countries: string;
  subject: string;
  body: string;
  days: string[];
  startHour: string;
  endHour: string;
  timeZone: string;
  schedulerLink: string;
  threshold: string;
  dailyProspectQuota: string;
}

export const WEEK_DAYS = [
  { value: 'MONDAY', label: 'Mon' },
  { value: 'TUESDAY', label: 'Tue' },
  { value: 'WEDNESDAY', label: 'Wed' },
  { value: 'THURSDAY', label: 'Thu' },
  { value: 'FRIDAY', label: 'Fri' },
  { value: 'SATURDAY', label: 'Sat' },
  { value: 'SUNDAY', label: 'Sun' },
] as const;

export const MERGE_FIELDS = [
  '{{firstName}}',
  '{{companyName}}',
  '{{title}}',
  '{{senderName}}',
  '{{meetingLink}}',
] as const;

/** Demo values, so a campaign can be created and launched in a few clicks. */
export function demoCampaignValues(): CampaignFormValues {
  return {
    name: 'Demo — Sales leaders in European software',
    sector: 'Software',
    titles: 'VP Sales, Head of Sales',
    // The prospector's seniority names (C_LEVEL, VP, DIRECTOR, HEAD, MANAGER...): it dead-letters others.
    seniorities: 'VP, DIRECTOR',
    companySizes: '51-200, 201-500',
    industries: 'Software, Fintech',
    countries: 'FR, DE, GB',
    subject: '{{firstName}}, a quicker way to fill {{companyName}}’s pipeline',
    body: [
      'Hi {{firstName}},',
      '',
      'As {{title}} at {{companyName}}, you probably spend more time than you would like on finding and qualifying prospects. We help sales teams like yours automate that first step while keeping a human in charge of every email that goes out.',
      '',
      'Would you be open to a 20-minute call? You can pick a time that suits you here: {{meetingLink}}',
      '',
      'Best regards,',
      '{{senderName}}',
    ].join('\n'),
    days: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'],
    startHour: '9',
    endHour: '17',
    timeZone: 'Europe/Paris',
    // A demo scheduler page: the local prospect simulator books meetings through its webhooks.
    schedulerLink: 'https://calendly.com/opensdr-demo/20min',
    threshold: '60',
    dailyProspectQuota: '100',
  };
}

export function splitList(text: string): string[] {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

function optionalNumber(text: string): number | undefined {
  const trimmed = text.trim();
  return trimmed === '' ? undefined : Number(trimmed);
}

/** The create body with the template's approval (campaign-service refuses a launch without it). */
export type CreateCampaignBody = CreateCampaign & { emailTemplate: CreateCampaign['emailTemplate'] & { approved: boolean } };

/** Turns the form's text into the API request; the service validates the values. */
export function toCreateCampaign(values: CampaignFormValues, templateApproved = false): CreateCampaignBody {
  const request: CreateCampaignBody = {
    name: values.name.trim(),
    sector: values.sector.trim(),
    targetProfile: {
      titles: splitList(values.titles),
      seniorities: splitList(values.seniorities),
      companySizes: splitList(values.companySizes),
      industries: splitList(values.industries),
      countries: splitList(values.countries).map((c) => c.toUpperCase()),
    },
    emailTemplate: { subject: values.subject, body: values.body, approved: templateApproved },
    meeting: {
      days: WEEK_DAYS.map((d) => d.value).filter((d) => values.days.includes(d)),
      startHour: Number(values.startHour),
      endHour: Number(values.endHour),
      timeZone: values.timeZone.trim(),
      schedulerLink: values.schedulerLink.trim() || null,
    },
  };
  const threshold = optionalNumber(values.threshold);
  if (threshold !== undefined) request.threshold = threshold;
  const quota = optionalNumber(values.dailyProspectQuota);
  if (quota !== undefined) request.dailyProspectQuota = quota;
  return request;
}
