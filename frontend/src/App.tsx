import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { BrowserRouter, NavLink, Navigate, Outlet, Route, Routes } from 'react-router-dom';
import { ApiProvider, useApi } from './api/ApiContext';
import type { ApiClient } from './api/client';
import type { CredentialStore } from './api/credentials';
import { ApiError } from './api/problem';
import { AuthProvider, useAuth } from './features/auth/AuthContext';
import { LoginPage } from './features/auth/LoginPage';
import { RequireAuth } from './features/auth/RequireAuth';
import { CampaignListPage } from './features/campaigns/CampaignListPage';
import { CampaignPage } from './features/campaigns/CampaignPage';
import { NewCampaignPage } from './features/campaigns/NewCampaignPage';
import { ReviewQueuePage } from './features/review/ReviewQueuePage';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Client errors (401, 404, 409...) do not get better by asking again.
        retry: (failureCount, error) =>
          failureCount < 2 && !(error instanceof ApiError && error.status >= 400 && error.status < 500),
        refetchOnWindowFocus: true,
      },
    },
  });
}

interface Props {
  api: ApiClient;
  store: CredentialStore;
  queryClient: QueryClient;
}

export function App({ api, store, queryClient }: Props) {
  return (
    <ApiProvider client={api}>
      <QueryClientProvider client={queryClient}>
        <AuthProvider store={store}>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </AuthProvider>
      </QueryClientProvider>
    </ApiProvider>
  );
}

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route
        element={
          <RequireAuth>
            <Layout />
          </RequireAuth>
        }
      >
        <Route index element={<Navigate to="/campaigns" replace />} />
        <Route path="/campaigns" element={<CampaignListPage />} />
        <Route path="/campaigns/new" element={<NewCampaignPage />} />
        <Route path="/campaigns/:id" element={<CampaignPage />} />
        <Route path="/review" element={<ReviewQueuePage />} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}

function Layout() {
  const api = useApi();
  const { credentials, logout } = useAuth();
  const me = useQuery({ queryKey: ['me'], queryFn: () => api.me(), staleTime: Infinity });
  return (
    <div className="app">
      <header className="topbar">
        <span className="brand">OpenSDR</span>
        <nav aria-label="Main">
          <NavLink to="/campaigns">Campaigns</NavLink>
          <NavLink to="/review">Review queue</NavLink>
        </nav>
        <div className="account">
          <span className="muted">
            {me.data ? `${me.data.email} · ${me.data.workspaceName}` : credentials?.email}
          </span>
          <button type="button" className="button button-small" onClick={logout}>
            Sign out
          </button>
        </div>
      </header>
      <main className="content">
        <Outlet />
      </main>
    </div>
  );
}

function NotFound() {
  return (
    <section>
      <h1>Page not found</h1>
      <p>
        <NavLink to="/campaigns">Go to campaigns</NavLink>
      </p>
    </section>
  );
}
