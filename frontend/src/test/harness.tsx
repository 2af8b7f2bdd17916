import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router-dom';
import { vi } from 'vitest';
import { ApiProvider } from '../api/ApiContext';
import { ApiClient } from '../api/client';
import { CredentialStore } from '../api/credentials';
import { AuthProvider } from '../features/auth/AuthContext';
import { CSP_SAFE, theme } from '../theme';

export interface RecordedCall {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
}

type Handler = (call: RecordedCall) => Response | Promise<Response>;

export function json(status: number, body: unknown, contentType = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': contentType } });
}

export function problem(status: number, detail: string, extra: object = {}): Response {
  return json(
    status,
    { type: 'about:blank', title: 'Problem', status, detail, ...extra },
    'application/problem+json',
  );
}

/** A fetch that answers from `routes` ("METHOD /path" → handler) and records every call. */
export function fakeFetch(routes: Record<string, Handler>) {
  const calls: RecordedCall[] = [];
  const fn = vi.fn(async (input: string, init?: RequestInit) => {
    const method = init?.method ?? 'GET';
    const call: RecordedCall = {
      method,
      url: input,
      headers: { ...(init?.headers as Record<string, string> | undefined) },
      body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
    };
    calls.push(call);
    const path = input.split('?')[0];
    const handler = routes[`${method} ${path}`];
    return handler ? handler(call) : problem(404, `No fake route for ${method} ${path}`);
  });
  return { fetch: fn, calls };
}

export function signedInStore(email = 'ada@example.com'): CredentialStore {
  const store = new CredentialStore(window.sessionStorage);
  store.set({ email });
  return store;
}

export function renderApp(
  ui: ReactElement,
  options: { fetch: ApiClientFetch; route?: string; store?: CredentialStore },
) {
  const store = options.store ?? signedInStore();
  const api = new ApiClient({ credentials: store, fetch: options.fetch });
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  const result = render(
    <MantineProvider theme={theme} {...CSP_SAFE} env="test">
      <Notifications />
      <ApiProvider client={api}>
        <QueryClientProvider client={queryClient}>
          <AuthProvider store={store}>
            <MemoryRouter initialEntries={[options.route ?? '/']}>{ui}</MemoryRouter>
          </AuthProvider>
        </QueryClientProvider>
      </ApiProvider>
    </MantineProvider>,
  );
  return { ...result, store, queryClient };
}

type ApiClientFetch = (input: string, init?: RequestInit) => Promise<Response>;
