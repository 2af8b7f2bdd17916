import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { useAuth } from './AuthContext';

/**
 * Sends a visitor who is not signed in (or whose session expired) to the login page, then back
 * where they were going. After an explicit sign-out there is no "back": the next sign-in (maybe
 * another user's) starts on the dashboard.
 */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { credentials, signedOut } = useAuth();
  const location = useLocation();
  if (!credentials) {
    const from = location.pathname + location.search;
    return <Navigate to="/login" replace state={signedOut ? null : { from }} />;
  }
  return <>{children}</>;
}
