// Object mothers of the account screens' tests (not shipped: only the tests import this file).
const NO_RATES = {
  qualification: null,
  delivery: null,
  open: null,
  click: null,
  reply: null,
  meeting: null,
  bounce: null,
  unsubscribe: null,
};

export function aSession(overrides: Record<string, unknown> = {}) {
  return {
    userId: 'u-1',
    email: 'ada@example.com',
    name: 'Ada Lovelace',
    workspaceId: 'w-1',
    workspaceName: 'Acme',
    role: 'OWNER',
    accessTokenExpiresAt: '2026-11-27T10:15:00Z',
    ...overrides,
  };
}

/** The dashboard of a workspace that has just been created: no campaign yet. */
export function anEmptyDashboard() {
  return {
    version: 1,
    metricsBar: { prospectsFound: 0, qualified: 0, emailsSent: 0, responses: 0 },
    campaignStatus: { byStatus: {}, campaigns: [] },
    quickActions: { prospectsInReview: 0, hotLeads: 0, pausedCampaigns: 0, draftCampaigns: 0 },
    engagement: { counts: {}, rates: NO_RATES, recentDays: [] },
    hotLeads: [],
  };
}

export function someWorkspaces(role: 'OWNER' | 'MEMBER' = 'OWNER') {
  return [
    { id: 'w-1', name: 'Acme', role, current: true },
    { id: 'w-2', name: 'Globex', role: 'MEMBER', current: false },
  ];
}
