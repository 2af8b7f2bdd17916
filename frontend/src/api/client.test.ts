import { describe, expect, it } from 'vitest';
import { fakeFetch, json, problem } from '../test/harness';
import { ApiClient } from './client';
import { basicAuthorization, CredentialStore } from './credentials';
import { ApiError, readProblem } from './problem';

function clientWith(routes: Parameters<typeof fakeFetch>[0], store = new CredentialStore(null)) {
  const fake = fakeFetch(routes);
  return { api: new ApiClient({ credentials: store, fetch: fake.fetch }), calls: fake.calls, store };
}

function decodeBasic(header: string): string {
  const bytes = Uint8Array.from(atob(header.replace(/^Basic /, '')), (c) => c.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

describe('ApiClient authentication', () => {
  it('sends the stored credentials as HTTP Basic on every call', async () => {
    const store = new CredentialStore(null);
    store.set({ email: 'ada@example.com', authorization: basicAuthorization('ada@example.com', 'secret') });
    const { api, calls } = clientWith({ 'GET /api/campaigns': () => json(200, []) }, store);

    await api.listCampaigns();

    expect(calls[0]?.headers.Authorization).toBe(`Basic ${btoa('ada@example.com:secret')}`);
    expect(calls[0]?.headers['X-Requested-With']).toBe('XMLHttpRequest');
  });

  it('encodes non-ASCII credentials as UTF-8', () => {
    expect(decodeBasic(basicAuthorization('josé@example.com', 'pässwörd'))).toBe(
      'josé@example.com:pässwörd',
    );
  });

  it('sends no Authorization header when nobody is signed in', async () => {
    const { api, calls } = clientWith({ 'GET /api/campaigns': () => json(200, []) });

    await api.listCampaigns();

    expect(calls[0]?.headers).not.toHaveProperty('Authorization');
  });

  it('checks a login with the given credentials rather than the stored ones', async () => {
    const me = { email: 'ada@example.com', workspaceId: 'w-1', workspaceName: 'Acme' };
    const { api, calls } = clientWith({ 'GET /api/me': () => json(200, me) });

    await expect(api.me(basicAuthorization('ada@example.com', 'x'))).resolves.toEqual(me);
    expect(decodeBasic(calls[0]?.headers.Authorization ?? '')).toBe('ada@example.com:x');
  });

  it('forgets stored credentials the server no longer accepts', async () => {
    const store = new CredentialStore(null);
    store.set({ email: 'ada@example.com', authorization: basicAuthorization('ada@example.com', 'old') });
    const { api } = clientWith({ 'GET /api/campaigns': () => problem(401, 'Bad credentials') }, store);

    await expect(api.listCampaigns()).rejects.toBeInstanceOf(ApiError);
    expect(store.get()).toBeNull();
  });

  it('keeps credentials in sessionStorage so a reload stays signed in', () => {
    const first = new CredentialStore(window.sessionStorage);
    first.set({ email: 'ada@example.com', authorization: 'Basic abc' });

    expect(new CredentialStore(window.sessionStorage).get()).toEqual({
      email: 'ada@example.com',
      authorization: 'Basic abc',
    });
    first.clear();
    expect(new CredentialStore(window.sessionStorage).get()).toBeNull();
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
