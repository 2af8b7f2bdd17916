import { z } from 'zod';
import type { ApiClient } from '../../api/client';
import { ApiError } from '../../api/problem';

// campaign-service's CampaignView, SetupView and TemplatePreview (web package), as the gateway
// answers them under /api/campaigns.

const strings = z.array(z.string());

export const targetProfileSchema = z.object({
  titles: strings,
  seniorities: strings,
  companySizes: strings,
  industries: strings,
  countries: strings,
});

const weightsSchema = z.object({
  budget: z.number(),
  authority: z.number(),
  need: z.number(),
  timeline: z.number(),
});

export const setupGapSchema = z.object({ step: z.number(), field: z.string(), message: z.string() });

export const CAMPAIGN_STATUSES = ['DRAFT', 'ACTIVE', 'PAUSED', 'STOPPED', 'COMPLETED'] as const;
export const SOURCES = ['DEMO', 'ROCKETREACH', 'CSV'] as const;

export const campaignViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  sector: z.string(),
  status: z.enum(CAMPAIGN_STATUSES),
  targetProfile: targetProfileSchema.nullable(),
  emailTemplate: z.object({ subject: z.string(), body: z.string(), approved: z.boolean() }).nullable(),
  meeting: z
    .object({
      days: strings,
      startHour: z.number(),
      endHour: z.number(),
      timeZone: z.string(),
      schedulerLink: z.string().nullable(),
    })
    .nullable(),
  source: z.enum(SOURCES),
  qualification: z.object({
    threshold: z.number(),
    reviewBand: z.number(),
    hotScore: z.number(),
    weights: weightsSchema,
  }),
  threshold: z.number(),
  dailyProspectQuota: z.number(),
  sending: z.object({
    days: strings,
    startHour: z.number(),
    endHour: z.number(),
    timeZone: z.string().nullable(),
    dailyCap: z.number(),
  }),
  sender: z.object({ fromEmail: z.string(), fromName: z.string(), dailyCap: z.number() }).nullable(),
  missing: z.array(setupGapSchema),
  revision: z.number(),
  createdAt: z.string(),
  launchedAt: z.string().nullable(),
});

export type CampaignView = z.infer<typeof campaignViewSchema>;

/**
 * The list is read by other screens too, some of whose tests answer with the older, shorter
 * campaign shape: there, the setup's extra fields take the API's defaults. A single campaign
 * (the wizard, the campaign page) is read strictly.
 */
const listedCampaignSchema = campaignViewSchema.extend({
  emailTemplate: z
    .object({ subject: z.string(), body: z.string(), approved: z.boolean().default(false) })
    .nullable(),
  source: z.enum(SOURCES).default('DEMO'),
  qualification: campaignViewSchema.shape.qualification.default({
    threshold: 60,
    reviewBand: 5,
    hotScore: 80,
    weights: { budget: 25, authority: 25, need: 25, timeline: 25 },
  }),
  sending: campaignViewSchema.shape.sending.default({
    days: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'],
    startHour: 9,
    endHour: 17,
    timeZone: null,
    dailyCap: 100,
  }),
  sender: campaignViewSchema.shape.sender.default(null),
  missing: z.array(setupGapSchema).default([]),
  revision: z.number().default(0),
});
export type SetupGap = z.infer<typeof setupGapSchema>;
export type Source = (typeof SOURCES)[number];
export type TargetProfileBody = z.infer<typeof targetProfileSchema>;
export type QualificationBody = CampaignView['qualification'];
export type SendingWindowBody = CampaignView['sending'];
export type SenderBody = NonNullable<CampaignView['sender']>;
export interface MeetingBody {
  days: string[];
  startHour: number;
  endHour: number;
  timeZone: string;
  schedulerLink: string | null;
}

export const setupViewSchema = z.object({
  launchable: z.boolean(),
  missing: z.array(setupGapSchema),
  campaign: campaignViewSchema,
});
export type SetupView = z.infer<typeof setupViewSchema>;

export const templatePreviewSchema = z.object({
  subject: z.string(),
  body: z.string(),
  sampleSource: z.enum(['PROSPECT', 'SAMPLE']),
  prospectId: z.string().nullable(),
  values: z.record(z.string(), z.string()),
  unfilled: z.array(z.string()),
});
export type TemplatePreview = z.infer<typeof templatePreviewSchema>;

function parsed<T>(schema: z.ZodType<T>, answer: unknown, what: string): T {
  const result = schema.safeParse(answer);
  if (result.success) return result.data;
  throw new ApiError({
    type: 'about:blank',
    title: 'Unexpected answer',
    status: 502,
    detail: `The server's answer for ${what} was not understood.`,
  });
}

const path = (id: string, rest = '') => `/api/campaigns/${encodeURIComponent(id)}${rest}`;

/** The setup API of campaign-service, one function per endpoint, each answer checked. */
export const campaignApi = {
  async list(api: ApiClient): Promise<CampaignView[]> {
    return parsed(z.array(listedCampaignSchema), await api.request('GET', '/api/campaigns'), 'the campaigns');
  },
  async get(api: ApiClient, id: string): Promise<CampaignView> {
    return parsed(campaignViewSchema, await api.request('GET', path(id)), 'the campaign');
  },
  async create(api: ApiClient, body: { name: string; sector: string }): Promise<CampaignView> {
    return parsed(campaignViewSchema, await api.request('POST', '/api/campaigns', { body }), 'the new campaign');
  },
  async setup(api: ApiClient, id: string): Promise<SetupView> {
    return parsed(setupViewSchema, await api.request('GET', path(id, '/setup')), 'the setup');
  },
  async put(api: ApiClient, id: string, step: SetupEndpoint, body: unknown): Promise<CampaignView> {
    return parsed(campaignViewSchema, await api.request('PUT', path(id, `/${step}`), { body }), 'the campaign');
  },
  async preview(api: ApiClient, id: string): Promise<TemplatePreview> {
    return parsed(
      templatePreviewSchema,
      await api.request('GET', path(id, '/email-template/preview')),
      'the template preview',
    );
  },
  async approveTemplate(api: ApiClient, id: string): Promise<CampaignView> {
    return parsed(campaignViewSchema, await api.request('POST', path(id, '/email-template/approve')), 'the campaign');
  },
  async change(api: ApiClient, id: string, action: CampaignAction): Promise<CampaignView> {
    return parsed(campaignViewSchema, await api.request('POST', path(id, `/${action}`)), 'the campaign');
  },
};

export type SetupEndpoint =
  | 'name-and-sector'
  | 'target-profile'
  | 'email-template'
  | 'meeting'
  | 'prospecting'
  | 'sending'
  | 'qualification';

export type CampaignAction = 'launch' | 'pause' | 'resume' | 'stop';
