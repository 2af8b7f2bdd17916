import type { CredentialStore } from './credentials';
import { ApiError, fallbackDetail, readProblem } from './problem';
import type {
  ApproveDraft,
  Campaign,
  CampaignAction,
  CreateCampaign,
  Draft,
  DraftStatus,
  Me,
  Metrics,
} from './types';

type FetchFn = (input: string, init?: RequestInit) => Promise<Response>;

export interface ApiClientOptions {
  credentials: CredentialStore;
  /** Prefix of every path; the gateway serves the API at the SPA's own origin. */
  baseUrl?: string;
  fetch?: FetchFn;
}

interface RequestOptions {
  body?: unknown;
  query?: Record<string, string | undefined>;
  /** Use these credentials instead of the stored ones (the login check). */
  authorization?: string;
}

/** Typed client of the API behind the gateway. */
export class ApiClient {
  private readonly store: CredentialStore;
  private readonly baseUrl: string;
  private readonly fetchFn: FetchFn;

  constructor(options: ApiClientOptions) {
    this.store = options.credentials;
    this.baseUrl = options.baseUrl ?? '';
    this.fetchFn = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  }

  /** Checks credentials (or the stored ones) and tells whose they are. */
  me(authorization?: string): Promise<Me> {
    return this.request<Me>('GET', '/api/me', authorization ? { authorization } : {});
  }

  listCampaigns(): Promise<Campaign[]> {
    return this.request<Campaign[]>('GET', '/api/campaigns');
  }

  createCampaign(campaign: CreateCampaign): Promise<Campaign> {
    return this.request<Campaign>('POST', '/api/campaigns', { body: campaign });
  }

  changeCampaignStatus(id: string, action: CampaignAction): Promise<Campaign> {
    return this.request<Campaign>('POST', `/api/campaigns/${encodeURIComponent(id)}/${action}`);
  }

  campaignMetrics(id: string): Promise<Metrics> {
    return this.request<Metrics>('GET', `/api/campaigns/${encodeURIComponent(id)}/metrics`);
  }

  listDrafts(filter: { status?: DraftStatus; campaignId?: string }): Promise<Draft[]> {
    return this.request<Draft[]>('GET', '/api/drafts', {
      query: { status: filter.status, campaignId: filter.campaignId },
    });
  }

  approveDraft(id: string, approval: ApproveDraft): Promise<Draft> {
    return this.request<Draft>('POST', `/api/drafts/${encodeURIComponent(id)}/approve`, {
      body: approval,
    });
  }

  async request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
    const headers: Record<string, string> = {
      Accept: 'application/json, application/problem+json',
      // Asks Spring Security for a bare 401 rather than a Basic challenge, which would make
      // the browser open its own login dialog.
      'X-Requested-With': 'XMLHttpRequest',
    };
    const stored = this.store.get();
    const authorization = options.authorization ?? stored?.authorization;
    if (authorization) headers.Authorization = authorization;
    let body: string | undefined;
    if (options.body !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(options.body);
    }

    let response: Response;
    try {
      response = await this.fetchFn(this.url(path, options.query), {
        method,
        headers,
        body,
        credentials: 'omit',
      });
    } catch {
      throw new ApiError({
        type: 'about:blank',
        title: 'Network error',
        status: 0,
        detail: fallbackDetail(0),
      });
    }

    if (!response.ok) {
      const problem = await readProblem(response);
      // Stored credentials that stop working (password changed, user removed) sign the user out.
      if (response.status === 401 && !options.authorization && stored) {
        this.store.clear();
      }
      throw new ApiError(problem);
    }
    if (response.status === 204) return undefined as T;
    const text = await response.text();
    return (text ? JSON.parse(text) : undefined) as T;
  }

  private url(path: string, query?: Record<string, string | undefined>): string {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query ?? {})) {
      if (value !== undefined && value !== '') params.set(key, value);
    }
    const search = params.toString();
    return `${this.baseUrl}${path}${search ? `?${search}` : ''}`;
  }
}
