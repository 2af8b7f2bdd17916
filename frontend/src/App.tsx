import { Button, MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { BrowserRouter, Link, Navigate, Route, Routes } from 'react-router-dom';
import { ApiProvider } from './api/ApiContext';
import type { ApiClient } from './api/client';
import type { CredentialStore } from './api/credentials';
import { ApiError } from './api/problem';
import { EmptyState, LoadingState } from './components/states';
import { AuthProvider } from './features/auth/AuthContext';
import { LoginPage } from './features/auth/LoginPage';
import { RequireAuth } from './features/auth/RequireAuth';
import { SignUpPage } from './features/auth/SignUpPage';
import { AcceptInvitationPage } from './features/workspaces/AcceptInvitationPage';
import { MembersPage } from './features/workspaces/MembersPage';
import { CampaignListPage } from './features/campaigns/CampaignListPage';
import { CampaignPage } from './features/campaigns/CampaignPage';
import { NewCampaignPage, ResumeSetupPage, SetupWizardPage } from './features/campaigns/setup/SetupWizardPage';
import { DashboardPage } from './features/dashboard/DashboardPage';
import { ProspectDetailPage } from './features/prospects/ProspectDetailPage';
import { ProspectsPage } from './features/prospects/ProspectsPage';
import { ReviewQueuePage } from './features/review/ReviewQueuePage';
import { AppLayout } from './shell/AppLayout';
import { CSP_SAFE, theme } from './theme';

// Recharts is the biggest dependency: only the tracker loads it.
const TrackerPage = lazy(() => import('./features/tracker/TrackerPage'));

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
    <MantineProvider theme={theme} {...CSP_SAFE}>
      <Notifications position="top-right" />
      <ApiProvider client={api}>
        <QueryClientProvider client={queryClient}>
          <AuthProvider store={store}>
            <BrowserRouter>
              <AppRoutes />
            </BrowserRouter>
          </AuthProvider>
        </QueryClientProvider>
      </ApiProvider>
    </MantineProvider>
  );
}

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route path="/signup" element={<SignUpPage />} />
      <Route path="/invitations/accept" element={<AcceptInvitationPage />} />
      <Route
        element={
          <RequireAuth>
            <AppLayout />
          </RequireAuth>
        }
      >
        <Route index element={<Navigate to="/dashboard" replace />} />
        <Route path="/dashboard" element={<DashboardPage />} />
        <Route path="/campaigns" element={<CampaignListPage />} />
        <Route path="/campaigns/new" element={<NewCampaignPage />} />
        <Route path="/campaigns/:id" element={<CampaignPage />} />
        <Route path="/campaigns/:id/setup" element={<ResumeSetupPage />} />
        <Route path="/campaigns/:id/setup/:step" element={<SetupWizardPage />} />
        <Route path="/prospects" element={<ProspectsPage />} />
        <Route path="/prospects/:id" element={<ProspectDetailPage />} />
        <Route path="/review" element={<ReviewQueuePage />} />
        <Route path="/workspace/members" element={<MembersPage />} />
        <Route
          path="/tracker"
          element={
            <Suspense fallback={<LoadingState label="Loading the tracker…" />}>
              <TrackerPage />
            </Suspense>
          }
        />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}

function NotFound() {
  return (
    <EmptyState
      title="Page not found"
      action={
        <Button component={Link} to="/dashboard">
          Go to the dashboard
        </Button>
      }
    >
      This address matches no screen of OpenSDR.
    </EmptyState>
  );
}
