// Shapes of the campaign-service API as seen through the gateway (/api/**).

export type CampaignStatus = 'DRAFT' | 'ACTIVE' | 'PAUSED' | 'STOPPED' | 'COMPLETED';

export interface TargetProfile {
  titles: string[];
  seniorities: string[];
  companySizes: string[];
  industries: string[];
  countries: string[];
}

export interface EmailTemplate {
  subject: string;
  body: string;
}

export interface MeetingAvailability {
  days: string[];
  startHour: number;
  endHour: number;
  timeZone: string;
  schedulerLink: string | null;
}

export interface Campaign {
  id: string;
  name: string;
  sector: string;
  status: CampaignStatus;
  /** Null until the campaign's set-up step saved it. */
  targetProfile: TargetProfile | null;
  emailTemplate: EmailTemplate | null;
  meeting: MeetingAvailability | null;
  threshold: number;
  dailyProspectQuota: number;
  createdAt: string;
  launchedAt: string | null;
}

export interface CreateCampaign {
  name: string;
  sector: string;
  targetProfile: TargetProfile;
  emailTemplate: EmailTemplate;
  meeting: MeetingAvailability;
  /** BANT score at or above which a prospect qualifies; the service defaults it to 60. */
  threshold?: number;
  /** The service defaults it to 100. */
  dailyProspectQuota?: number;
}

export type CampaignAction = 'launch' | 'pause' | 'resume' | 'stop';

export interface Metrics {
  prospectsFound: number;
  qualified: number;
  inReview: number;
  rejected: number;
  emailsDrafted: number;
  emailsApproved: number;
  emailsSent: number;
  delivered: number;
  /** Prospects who opened, leaving out security scanners and privacy proxies. */
  humanOpens: number;
  clicks: number;
  replies: number;
  bounces: number;
  unsubscribes: number;
  spamReports: number;
  meetingsBooked: number;
}

export type DraftStatus = 'PENDING' | 'APPROVED' | 'REJECTED';

export interface Recipient {
  firstName: string;
  lastName: string;
  email: string;
  title: string;
  companyName: string;
}

export interface Draft {
  id: string;
  campaignId: string;
  prospectId: string;
  recipient: Recipient;
  subject: string;
  body: string;
  bantScore: number;
  status: DraftStatus;
  createdAt: string;
}

export interface ApproveDraft {
  subject: string;
  body: string;
}

export interface Me {
  email: string;
  workspaceId: string;
  workspaceName: string;
}

export interface FieldProblem {
  field: string;
  message: string;
}

/** RFC 9457 problem details, as every service answers an error. */
export interface ProblemDetail {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  errors?: FieldProblem[];
  /** A launch refused for an incomplete setup (409): what each step still lacks. */
  missing?: { step: number; field: string; message: string }[];
}
