import { describe, expect, it } from 'vitest';
import { fakeFetch, json, problem } from '../test/harness';
import { ApiClient } from './client';
import { CredentialStore } from './credentials';
import { ApiError, readProblem } from './problem';

function clientWith(
  routes: Parameters<typeof fakeFetch>[0],
  store = new CredentialStore(null),
  cookies: Record<string, string> = {},
) {
  const fake = fakeFetch(routes);
  const api = new ApiClient({
    credentials: store,
    fetch: fake.fetch,
    readCookie: (name) => cookies[name],
  });
  return { api, calls: fake.calls, store, fetch: fake.fetch };
}

function signedIn(): CredentialStore {
  const store = new CredentialStore(null);
  store.set({ email: 'ada@example.com', workspaceId: 'w-1' });
  return store;
}

const SESSION = {
  userId: 'u-1',
  email: 'ada@example.com',
  name: 'Ada',
  workspaceId: 'w-1',
  workspaceName: 'Acme',
  role: 'OWNER',
  accessTokenExpiresAt: '2026-11-27T10:15:00Z',
};

describe('ApiClient sign-in with cookies', () => {
  it('posts the login form as JSON and sends no Authorization header, ever', async () => {
    const { api, calls } = clientWith({
      'POST /api/auth/login': () => json(200, SESSION),
      'GET /api/campaigns': () => json(200, []),
    });

    await expect(api.login('ada@example.com', 'secret')).resolves.toEqual(SESSION);
    await api.listCampaigns();

    expect(calls[0]).toMatchObject({
      method: 'POST',
      url: '/api/auth/login',
      body: { email: 'ada@example.com', password: 'secret' },
    });
    expect(calls.every((c) => !('Authorization' in c.headers))).toBe(true);
  });

  it('sends every request with the cookies', async () => {
    const { api, fetch } = clientWith({ 'GET /api/campaigns': () => json(200, []) });

    await api.listCampaigns();

    expect(fetch.mock.calls[0]?.[1]?.credentials).toBe('include');
  });

  it('echoes the XSRF-TOKEN cookie in X-XSRF-TOKEN on changes only', async () => {
    const { api, calls } = clientWith(
      {
        'GET /api/campaigns': () => json(200, []),
        'POST /api/campaigns/c-1/pause': () => json(200, { id: 'c-1' }),
      },
      signedIn(),
      { 'XSRF-TOKEN': 'csrf-123' },
    );

    await api.listCampaigns();
    await api.changeCampaignStatus('c-1', 'pause');

    expect(calls[0]?.headers).not.toHaveProperty('X-XSRF-TOKEN');
    expect(calls[1]?.headers['X-XSRF-TOKEN']).toBe('csrf-123');
  });

  it('gets a fresh XSRF-TOKEN and tries again when a change is refused without one', async () => {
    const cookies: Record<string, string> = {};
    const { api, calls } = clientWith(
      {
        'GET /api/auth/csrf': () => {
          cookies['XSRF-TOKEN'] = 'fresh';
          return new Response(null, { status: 204 });
        },
        'POST /api/campaigns/c-1/pause': (call) =>
          call.headers['X-XSRF-TOKEN'] === 'fresh'
            ? json(200, { id: 'c-1' })
            : problem(403, 'The CSRF token is missing or wrong'),
      },
      signedIn(),
      cookies,
    );

    await expect(api.changeCampaignStatus('c-1', 'pause')).resolves.toEqual({ id: 'c-1' });

    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual([
      'POST /api/campaigns/c-1/pause',
      'GET /api/auth/csrf',
      'POST /api/campaigns/c-1/pause',
    ]);
  });

  it('refreshes an expired access token once, then retries the request', async () => {
    let campaignsCalls = 0;
    const { api, calls, store } = clientWith(
      {
        'GET /api/campaigns': () =>
          ++campaignsCalls === 1 ? problem(401, 'Expired') : json(200, [{ id: 'c-1' }]),
        'POST /api/auth/refresh': () => json(200, SESSION),
      },
      signedIn(),
      { 'XSRF-TOKEN': 'csrf-123' },
    );

    await expect(api.listCampaigns()).resolves.toEqual([{ id: 'c-1' }]);

    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual([
      'GET /api/campaigns',
      'POST /api/auth/refresh',
      'GET /api/campaigns',
    ]);
    expect(calls[1]?.headers['X-XSRF-TOKEN']).toBe('csrf-123');
    expect(store.get()?.email).toBe('ada@example.com');
  });

  it('shares one refresh between requests that fail together', async () => {
    let refreshed = false;
    const { api, calls } = clientWith(
      {
        'GET /api/campaigns': () => (refreshed ? json(200, []) : problem(401, 'Expired')),
        'GET /api/me': () => (refreshed ? json(200, { email: 'a' }) : problem(401, 'Expired')),
        'POST /api/auth/refresh': () => {
          refreshed = true;
          return json(200, SESSION);
        },
      },
      signedIn(),
      { 'XSRF-TOKEN': 'c' },
    );

    await Promise.all([api.listCampaigns(), api.me()]);

    expect(calls.filter((c) => c.url === '/api/auth/refresh')).toHaveLength(1);
  });

  it('ends the session as expired when the refresh is refused too', async () => {
    const { api, calls, store } = clientWith(
      {
        'GET /api/campaigns': () => problem(401, 'Expired'),
        'POST /api/auth/refresh': () => problem(401, 'The session has ended'),
      },
      signedIn(),
      { 'XSRF-TOKEN': 'c' },
    );

    await expect(api.listCampaigns()).rejects.toBeInstanceOf(ApiError);

    expect(calls.filter((c) => c.url === '/api/campaigns')).toHaveLength(1);
    expect(store.get()).toBeNull();
    expect(store.signedOutReason()).toBe('expired');
  });

  it('never refreshes for a refused login', async () => {
    const { api, calls } = clientWith({ 'POST /api/auth/login': () => problem(401, 'Bad') });

    await expect(api.login('a@b.c', 'x')).rejects.toMatchObject({ status: 401 });

    expect(calls).toHaveLength(1);
  });

  it('reads Retry-After into the error', async () => {
    const { api } = clientWith({
      'POST /api/auth/login': () =>
        new Response(JSON.stringify({ status: 429, title: 'Too many', detail: 'Locked' }), {
          status: 429,
          headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '120' },
        }),
    });

    const error = (await api.login('a@b.c', 'x').catch((e: unknown) => e)) as ApiError;

    expect(error.status).toBe(429);
    expect(error.retryAfterSeconds).toBe(120);
  });

  it('logs out with a POST that carries the CSRF token', async () => {
    const { api, calls } = clientWith(
      { 'POST /api/auth/logout': () => new Response(null, { status: 204 }) },
      signedIn(),
      { 'XSRF-TOKEN': 'c' },
    );

    await api.logout();

    expect(calls[0]).toMatchObject({ method: 'POST', url: '/api/auth/logout' });
    expect(calls[0]?.headers['X-XSRF-TOKEN']).toBe('c');
  });
});

describe('CredentialStore', () => {
  it('keeps who is signed in (no secret) so a reload stays signed in', () => {
    const first = new CredentialStore(window.sessionStorage);
    first.set({ email: 'ada@example.com', workspaceName: 'Acme' });

    expect(new CredentialStore(window.sessionStorage).get()).toEqual({
      email: 'ada@example.com',
      workspaceName: 'Acme',
    });
    first.clear();
    expect(new CredentialStore(window.sessionStorage).get()).toBeNull();
  });

  it('drops the Basic credentials an earlier version stored', () => {
    window.sessionStorage.setItem(
      'opensdr.credentials',
      JSON.stringify({ email: 'ada@example.com', authorization: 'Basic abc' }),
    );
    window.sessionStorage.setItem(
      'opensdr.session',
      JSON.stringify({ email: 'ada@example.com', authorization: 'Basic abc' }),
    );

    expect(new CredentialStore(window.sessionStorage).get()).toBeNull();
    expect(window.sessionStorage.length).toBe(0);
  });
});

describe('ApiClient requests', () => {
  it('sends JSON bodies and builds query strings', async () => {
    const { api, calls } = clientWith({
      'GET /api/drafts': () => json(200, []),
      'POST /api/drafts/d%201/approve': () => json(200, {}),
    });

    await api.listDrafts({ status: 'PENDING', campaignId: 'c-1' });
    await api.approveDraft('d 1', { subject: 'S', body: 'B' });

    expect(calls[0]?.url).toBe('/api/drafts?status=PENDING&campaignId=c-1');
    expect(calls[1]?.method).toBe('POST');
    expect(calls[1]?.headers['Content-Type']).toBe('application/json');
    expect(calls[1]?.body).toEqual({ subject: 'S', body: 'B' });
  });

  it('posts campaign status changes to their own endpoint', async () => {
    const { api, calls } = clientWith({ 'POST /api/campaigns/c-1/pause': () => json(200, { id: 'c-1' }) });

    await api.changeCampaignStatus('c-1', 'pause');

    expect(calls[0]?.url).toBe('/api/campaigns/c-1/pause');
  });
});

describe('problem details', () => {
  it('turns an RFC 9457 answer into an ApiError with its detail and field errors', async () => {
    const { api } = clientWith({
      'POST /api/campaigns': () =>
        problem(400, 'The campaign is not valid', {
          errors: [
            { field: 'name', message: 'must not be blank' },
            { field: 'meeting.endHour', message: 'must be after startHour' },
            { field: 'name', message: 'is too short' },
            { nonsense: true },
          ],
        }),
    });

    const error = await api.createCampaign({} as never).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError.status).toBe(400);
    expect(apiError.message).toBe('The campaign is not valid');
    expect(apiError.problem.errors).toHaveLength(3);
    expect(apiError.fieldErrors()).toEqual({
      name: 'must not be blank; is too short',
      'meeting.endHour': 'must be after startHour',
    });
  });

  it('gives a readable detail when the error body is not a problem', async () => {
    const html = new Response('<html>Bad gateway</html>', {
      status: 502,
      statusText: 'Bad Gateway',
      headers: { 'Content-Type': 'text/html' },
    });

    const parsed = await readProblem(html);

    expect(parsed).toMatchObject({ status: 502, title: 'Bad Gateway' });
    expect(parsed.detail).toMatch(/unavailable/);
  });

  it('keeps the response status when the problem body omits it', async () => {
    const parsed = await readProblem(json(409, { title: 'Conflict', detail: 'Already active' }));

    expect(parsed).toMatchObject({ status: 409, detail: 'Already active', type: 'about:blank' });
  });

  it('reports a network failure as a problem with status 0', async () => {
    const api = new ApiClient({
      credentials: new CredentialStore(null),
      fetch: () => Promise.reject(new TypeError('Failed to fetch')),
    });

    const error = (await api.listCampaigns().catch((e: unknown) => e)) as ApiError;

    expect(error.status).toBe(0);
    expect(error.message).toMatch(/Cannot reach the server/);
  });
});
