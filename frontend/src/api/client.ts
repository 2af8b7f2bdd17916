import type { CredentialStore } from './credentials';
import { ApiError, fallbackDetail, readProblem, retryAfterSeconds } from './problem';
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
  /** Reads a cookie the page may read (the `XSRF-TOKEN`); `document.cookie` by default. */
  readCookie?: (name: string) => string | undefined;
}

interface RequestOptions {
  body?: unknown;
  query?: Record<string, string | undefined>;
}

/** What `POST /api/auth/login` and `/refresh` answer (campaign-service's SessionView); no token. */
export interface SessionView {
  userId: string;
  email: string;
  name: string;
  workspaceId: string;
  workspaceName: string;
  role: string;
  accessTokenExpiresAt: string;
}

const XSRF_COOKIE = 'XSRF-TOKEN';
const XSRF_HEADER = 'X-XSRF-TOKEN';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Where a 401 means "these credentials are refused", not "the session expired". */
const SIGN_IN_PATHS = new Set([
  '/api/auth/login',
  '/api/auth/signup',
  '/api/auth/refresh',
  '/api/auth/logout',
  '/api/auth/csrf',
  '/api/invitations/accept',
]);

/**
 * Typed client of the API behind the gateway. The session is a pair of HttpOnly cookies that
 * campaign-service sets at login: every request goes with them (`credentials: 'include'`), and a
 * state-changing one echoes the `XSRF-TOKEN` cookie in `X-XSRF-TOKEN` (double submit). A 401
 * on an expired access token tries `POST /api/auth/refresh` once, then the request again; if
 * the refresh is refused too, the session is over and the store says it expired.
 */
export class ApiClient {
  private readonly store: CredentialStore;
  private readonly baseUrl: string;
  private readonly fetchFn: FetchFn;
  private readonly readCookie: (name: string) => string | undefined;
  /** One refresh at a time: requests failing together wait for the same one. */
  private refreshing: Promise<boolean> | null = null;

  constructor(options: ApiClientOptions) {
    this.store = options.credentials;
    this.baseUrl = options.baseUrl ?? '';
    this.fetchFn = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.readCookie = options.readCookie ?? documentCookie;
  }

  /** Signs in: campaign-service sets the session cookies and answers who signed in. */
  login(email: string, password: string): Promise<SessionView> {
    return this.request<SessionView>('POST', '/api/auth/login', { body: { email, password } });
  }

  /** Revokes the refresh token and clears the cookies. */
  logout(): Promise<void> {
    return this.request<void>('POST', '/api/auth/logout');
  }

  /** Who is signed in. */
  me(): Promise<Me> {
    return this.request<Me>('GET', '/api/me');
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
    let response = await this.send(method, path, options);
    if (
      response.status === 403 &&
      !SAFE_METHODS.has(method) &&
      !this.readCookie(XSRF_COOKIE) &&
      (await this.fetchXsrfToken())
    ) {
      // Refused for want of the CSRF token the browser had dropped: once more with a fresh one.
      response = await this.send(method, path, options);
    }
    if (response.status === 401 && !SIGN_IN_PATHS.has(path)) {
      if (await this.refreshOnce()) {
        response = await this.send(method, path, options);
      }
      if (response.status === 401 && this.store.get()) {
        this.store.expire();
      }
    }
    if (!response.ok) {
      throw new ApiError(await readProblem(response), retryAfterSeconds(response));
    }
    if (response.status === 204) return undefined as T;
    const text = await response.text();
    return (text ? JSON.parse(text) : undefined) as T;
  }

  private refreshOnce(): Promise<boolean> {
    if (!this.refreshing) {
      this.refreshing = this.send('POST', '/api/auth/refresh', {})
        .then((answer) => answer.ok)
        .catch(() => false)
        .finally(() => {
          this.refreshing = null;
        });
    }
    return this.refreshing;
  }

  private async send(method: string, path: string, options: RequestOptions): Promise<Response> {
    const headers: Record<string, string> = {
      Accept: 'application/json, application/problem+json',
      // Asks Spring Security for a bare 401 rather than a Basic challenge, which would make
      // the browser open its own login dialog.
      'X-Requested-With': 'XMLHttpRequest',
    };
    if (!SAFE_METHODS.has(method)) {
      const xsrf = this.readCookie(XSRF_COOKIE);
      if (xsrf) headers[XSRF_HEADER] = xsrf;
    }
    let body: string | undefined;
    if (options.body !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(options.body);
    }
    try {
      return await this.fetchFn(this.url(path, options.query), {
        method,
        headers,
        body,
        credentials: 'include',
      });
    } catch {
      throw new ApiError({
        type: 'about:blank',
        title: 'Network error',
        status: 0,
        detail: fallbackDetail(0),
      });
    }
  }

  /** A fresh `XSRF-TOKEN` cookie from `GET /api/auth/csrf` (the browser dropped the old one). */
  private async fetchXsrfToken(): Promise<string | undefined> {
    try {
      await this.fetchFn(this.url('/api/auth/csrf'), {
        method: 'GET',
        headers: { 'X-Requested-With': 'XMLHttpRequest' },
        credentials: 'include',
      });
    } catch {
      return undefined;
    }
    return this.readCookie(XSRF_COOKIE);
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

function documentCookie(name: string): string | undefined {
  if (typeof document === 'undefined') return undefined;
  for (const part of document.cookie.split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return undefined;
}
