import { z } from 'zod';
import { ApiError } from '../../../api/problem';
import type {
  CampaignView,
  MeetingBody,
  QualificationBody,
  SenderBody,
  SendingWindowBody,
  Source,
  TargetProfileBody,
} from '../campaignApi';
import { SOURCES } from '../campaignApi';
import { browserTimeZone, MERGE_FIELDS, WEEKDAYS } from './options';

// Each step's form values, their checks (the same rules as campaign-service's request records,
// so most mistakes are caught before a request), and the request bodies they become.

/** A campaign's demo profile: a first campaign is set up and launched in a few clicks. */
export const DEMO = {
  name: 'Demo — Sales leaders in European software',
  sector: 'Software',
  target: {
    titles: ['VP Sales', 'Head of Sales'],
    seniorities: ['VP', 'DIRECTOR'],
    companySizes: ['51-200', '201-500'],
    industries: ['Software', 'Fintech'],
    countries: ['FR', 'DE', 'GB'],
  },
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
  // A demo scheduler page: the local prospect simulator books meetings through its webhooks.
  schedulerLink: 'https://calendly.com/opensdr-demo/20min',
};

const KNOWN_FIELDS: readonly string[] = MERGE_FIELDS.map((m) => m.field);

/** The same message as campaign-service's MergeFields.describeUnknown. */
export function unknownMergeFields(text: string): string | null {
  const unknown = [...new Set((text.match(/\{\{[^{}]*}}/g) ?? []).filter((f) => !KNOWN_FIELDS.includes(f)))];
  if (unknown.length === 0) return null;
  return `${unknown.length === 1 ? 'Unknown merge field' : 'Unknown merge fields'} ${unknown.join(', ')}; use ${KNOWN_FIELDS.join(', ')}`;
}

const int = (label: string, min: number, max: number) =>
  z
    .number({ error: `Enter ${label}` })
    .int(`${label[0]?.toUpperCase()}${label.slice(1)} is a whole number`)
    .min(min, `Between ${min} and ${max}`)
    .max(max, `Between ${min} and ${max}`);

// ---- Step 1 -------------------------------------------------------------------------------

export const nameAndSectorSchema = z.object({
  name: z.string().trim().min(1, 'Give the campaign a name').max(120, 'At most 120 characters'),
  sector: z.string().trim().min(1, 'Choose or type the sector you sell to').max(120, 'At most 120 characters'),
});
export type NameAndSectorValues = z.input<typeof nameAndSectorSchema>;

// ---- Step 2 -------------------------------------------------------------------------------

export interface TargetValues {
  titles: string[];
  seniorities: string[];
  companySizes: string[];
  industries: string[];
  countries: string[];
  source: Source;
  dailyProspectQuota: number | string;
  threshold: number | string;
  reviewBand: number | string;
  hotScore: number | string;
  weights: { budget: number | string; authority: number | string; need: number | string; timeline: number | string };
}

const entries = (label: string) =>
  z
    .array(z.string().trim().min(1, `An empty ${label}`).max(100, `A ${label} has at most 100 characters`))
    .max(50, 'At most 50');

export const WEIGHT_KEYS = ['budget', 'authority', 'need', 'timeline'] as const;

export function weightsTotal(weights: TargetValues['weights']): number {
  return WEIGHT_KEYS.reduce((sum, key) => sum + (typeof weights[key] === 'number' ? (weights[key] as number) : 0), 0);
}

export const targetSchema = z
  .object({
    titles: entries('title'),
    seniorities: entries('seniority'),
    companySizes: z
      .array(z.string().regex(/^(\d{1,6}-\d{1,6}|\d{1,6}\+)$/, 'A size is an employee range such as 51-200 or 10001+'))
      .max(50, 'At most 50'),
    industries: entries('industry'),
    countries: z.array(z.string().regex(/^[A-Z]{2}$/, 'A country is an ISO code such as FR')).max(50, 'At most 50'),
    source: z.enum(SOURCES, { error: 'Choose where prospects come from' }),
    dailyProspectQuota: int('a daily quota', 1, 1000),
    threshold: int('a threshold', 0, 100),
    reviewBand: int('a review band', 0, 50),
    hotScore: int('a hot score', 0, 100),
    weights: z.object({
      budget: int('a weight', 0, 100),
      authority: int('a weight', 0, 100),
      need: int('a weight', 0, 100),
      timeline: int('a weight', 0, 100),
    }),
  })
  .superRefine((v, ctx) => {
    if ([v.titles, v.seniorities, v.companySizes, v.industries, v.countries].every((list) => list.length === 0)) {
      ctx.addIssue({
        code: 'custom',
        path: ['profile'],
        message: 'Name at least one title, seniority, company size, industry or country',
      });
    }
    if (v.hotScore < v.threshold) {
      ctx.addIssue({ code: 'custom', path: ['hotScore'], message: 'At least the threshold' });
    }
    const total = weightsTotal(v.weights);
    if (total !== 100) {
      ctx.addIssue({ code: 'custom', path: ['weightsTotal'], message: `The weights total ${total}: make them total 100` });
    }
  });

export function targetValues(campaign: CampaignView): TargetValues {
  const q = campaign.qualification;
  return {
    ...(campaign.targetProfile ?? DEMO.target),
    source: campaign.source,
    dailyProspectQuota: campaign.dailyProspectQuota,
    threshold: q.threshold,
    reviewBand: q.reviewBand,
    hotScore: q.hotScore,
    weights: { ...q.weights },
  };
}

export function targetBodies(v: TargetValues) {
  const n = (x: number | string) => Number(x);
  const targetProfile: TargetProfileBody = {
    titles: v.titles.map((t) => t.trim()),
    seniorities: v.seniorities,
    companySizes: v.companySizes,
    industries: v.industries.map((t) => t.trim()),
    countries: v.countries,
  };
  const prospecting = { source: v.source, dailyProspectQuota: n(v.dailyProspectQuota) };
  const qualification: QualificationBody = {
    threshold: n(v.threshold),
    reviewBand: n(v.reviewBand),
    hotScore: n(v.hotScore),
    weights: {
      budget: n(v.weights.budget),
      authority: n(v.weights.authority),
      need: n(v.weights.need),
      timeline: n(v.weights.timeline),
    },
  };
  return { targetProfile, prospecting, qualification };
}

// ---- Step 3 -------------------------------------------------------------------------------

export interface TemplateValues {
  subject: string;
  body: string;
  customSender: boolean;
  fromName: string;
  fromEmail: string;
  senderDailyCap: number | string;
}

const mergeChecked = (max: number, empty: string) =>
  z
    .string()
    .refine((s) => s.trim().length > 0, empty)
    .refine((s) => s.length <= max, `At most ${max} characters`)
    .superRefine((s, ctx) => {
      const unknown = unknownMergeFields(s);
      if (unknown) ctx.addIssue({ code: 'custom', message: unknown });
    });

export const templateSchema = z
  .object({
    subject: mergeChecked(200, 'Write a subject'),
    body: mergeChecked(10_000, 'Write the email'),
    customSender: z.boolean(),
    fromName: z.string(),
    fromEmail: z.string(),
    senderDailyCap: z.union([z.number(), z.string()]),
  })
  .superRefine((v, ctx) => {
    if (!v.customSender) return;
    const name = v.fromName.trim();
    if (name.length === 0 || name.length > 100 || /[\p{Cc}]/u.test(v.fromName)) {
      ctx.addIssue({ code: 'custom', path: ['fromName'], message: 'A name of 1 to 100 characters, on one line' });
    }
    if (!z.email().safeParse(v.fromEmail.trim()).success) {
      ctx.addIssue({ code: 'custom', path: ['fromEmail'], message: 'An email address such as sdr@example.com' });
    }
    const cap = int('a daily cap', 1, 2000).safeParse(v.senderDailyCap);
    if (!cap.success) {
      ctx.addIssue({ code: 'custom', path: ['senderDailyCap'], message: cap.error.issues[0]?.message ?? 'Between 1 and 2000' });
    }
  });

export function templateValues(campaign: CampaignView): TemplateValues {
  return {
    subject: campaign.emailTemplate?.subject ?? DEMO.subject,
    body: campaign.emailTemplate?.body ?? DEMO.body,
    customSender: campaign.sender !== null,
    fromName: campaign.sender?.fromName ?? '',
    fromEmail: campaign.sender?.fromEmail ?? '',
    senderDailyCap: campaign.sender?.dailyCap ?? 30,
  };
}

export function senderBody(v: TemplateValues): SenderBody | null {
  return v.customSender
    ? { fromEmail: v.fromEmail.trim(), fromName: v.fromName.trim(), dailyCap: Number(v.senderDailyCap) }
    : null;
}

/** The template with each merge field replaced by the preview's value for it (unknown ones stay). */
export function fillTemplate(text: string, values: Record<string, string>): string {
  return text.replace(/\{\{[^{}]*}}/g, (field) => values[field] ?? field);
}

// ---- Step 4 -------------------------------------------------------------------------------

/** The sending window's "no zone of its own" choice. */
export const PROSPECT_ZONE = 'PROSPECT';

export interface AvailabilityValues {
  days: string[];
  startHour: string;
  endHour: string;
  timeZone: string;
  schedulerLink: string;
  sendingDays: string[];
  sendingStartHour: string;
  sendingEndHour: string;
  /** PROSPECT_ZONE: each prospect's own time zone, else the meeting's. */
  sendingTimeZone: string;
  sendingDailyCap: number | string;
}

export function availabilitySchema(options: { templateUsesMeetingLink: boolean; zones: readonly string[] }) {
  return z
    .object({
      days: z.array(z.string()).min(1, 'Choose at least one day for meetings'),
      startHour: z.string().min(1, 'Choose a start hour'),
      endHour: z.string().min(1, 'Choose an end hour'),
      timeZone: z.string().refine((zone) => options.zones.includes(zone), 'Choose a time zone from the list'),
      schedulerLink: z
        .string()
        .trim()
        .max(500, 'At most 500 characters')
        .refine((link) => link === '' || /^https:\/\/[^\s<>"]+$/.test(link), 'An https link such as https://calendly.com/you/30min'),
      sendingDays: z.array(z.string()).min(1, 'Choose at least one day for sending'),
      sendingStartHour: z.string().min(1, 'Choose a start hour'),
      sendingEndHour: z.string().min(1, 'Choose an end hour'),
      sendingTimeZone: z.string(),
      sendingDailyCap: int('a daily cap', 1, 10_000),
    })
    .superRefine((v, ctx) => {
      if (Number(v.endHour) <= Number(v.startHour)) {
        ctx.addIssue({ code: 'custom', path: ['endHour'], message: 'Later than the start hour' });
      }
      if (Number(v.sendingEndHour) <= Number(v.sendingStartHour)) {
        ctx.addIssue({ code: 'custom', path: ['sendingEndHour'], message: 'Later than the start hour' });
      }
      if (options.templateUsesMeetingLink && v.schedulerLink.trim() === '') {
        ctx.addIssue({
          code: 'custom',
          path: ['schedulerLink'],
          message: 'Your template uses {{meetingLink}}: give the link prospects book meetings with',
        });
      }
    });
}

export function availabilityValues(campaign: CampaignView): AvailabilityValues {
  const meeting = campaign.meeting;
  return {
    days: meeting?.days ?? WEEKDAYS,
    startHour: String(meeting?.startHour ?? 9),
    endHour: String(meeting?.endHour ?? 17),
    timeZone: meeting?.timeZone ?? browserTimeZone(),
    schedulerLink: meeting ? (meeting.schedulerLink ?? '') : DEMO.schedulerLink,
    sendingDays: campaign.sending.days,
    sendingStartHour: String(campaign.sending.startHour),
    sendingEndHour: String(campaign.sending.endHour),
    sendingTimeZone: campaign.sending.timeZone ?? PROSPECT_ZONE,
    sendingDailyCap: campaign.sending.dailyCap,
  };
}

export function availabilityBodies(v: AvailabilityValues): { meeting: MeetingBody; window: SendingWindowBody } {
  return {
    meeting: {
      days: v.days,
      startHour: Number(v.startHour),
      endHour: Number(v.endHour),
      timeZone: v.timeZone,
      schedulerLink: v.schedulerLink.trim() || null,
    },
    window: {
      days: v.sendingDays,
      startHour: Number(v.sendingStartHour),
      endHour: Number(v.sendingEndHour),
      timeZone: v.sendingTimeZone === PROSPECT_ZONE ? null : v.sendingTimeZone,
      dailyCap: Number(v.sendingDailyCap),
    },
  };
}

// ---- Checks and problems ------------------------------------------------------------------

/** A zod schema as a Mantine form validator: the first message of each field, lists on the list. */
export function zodValidate<T>(schema: z.ZodType) {
  return (values: T): Record<string, string> => {
    const result = schema.safeParse(values);
    if (result.success) return {};
    const errors: Record<string, string> = {};
    for (const issue of result.error.issues) {
      const key = issue.path.filter((p) => typeof p === 'string').join('.');
      if (key && !errors[key]) errors[key] = issue.message;
    }
    return errors;
  };
}

/**
 * The field errors of an RFC 9457 problem as form errors: `toFormPath` names the input of each
 * API field (`titles[1]` → `titles`), or nothing when no input shows it (the alert lists it).
 */
export function problemFieldErrors(
  error: unknown,
  toFormPath: (apiField: string) => string | undefined,
): { errors: Record<string, string>; shownFields: string[] } {
  const errors: Record<string, string> = {};
  const shownFields: string[] = [];
  if (!(error instanceof ApiError)) return { errors, shownFields };
  for (const { field, message } of error.problem.errors ?? []) {
    const path = toFormPath(field.replace(/\[\d+\]/g, ''));
    if (!path) continue;
    errors[path] = errors[path] ? `${errors[path]}; ${message}` : message;
    shownFields.push(field);
  }
  return { errors, shownFields };
}

/** The API field names of one request, kept when the form has an input of that name. */
export function sameNames(known: readonly string[], prefix = '') {
  return (field: string) => (known.includes(field) ? `${prefix}${field}` : undefined);
}
