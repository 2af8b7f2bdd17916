import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { useAuth } from './AuthContext';

/**
 * Sends a visitor who is not signed in (or whose session expired) to the login page, then back
 * where they were going.
 */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { credentials } = useAuth();
  const location = useLocation();
  if (!credentials) {
    return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  }
  return <>{children}</>;
}
