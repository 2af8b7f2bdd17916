import { useQueryClient } from '@tanstack/react-query';
import {
  createContext,
  useCallback,
  useContext,
  useMemo,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { useApi } from '../../api/ApiContext';
import type { CredentialStore, Credentials } from '../../api/credentials';
import { ApiError } from '../../api/problem';

interface Auth {
  credentials: Credentials | null;
  /** Whether the last session ended because the server stopped accepting it. */
  sessionExpired: boolean;
  /** `POST /api/auth/login`: campaign-service sets the HttpOnly session cookies. */
  login(email: string, password: string): Promise<void>;
  /** `POST /api/auth/logout` (revokes the refresh token, clears the cookies), then forgets the user. */
  logout(): void;
}

const AuthContext = createContext<Auth | null>(null);

export class WrongCredentialsError extends Error {
  constructor() {
    super('Wrong email or password.');
    this.name = 'WrongCredentialsError';
  }
}

/** Too many failed sign-ins (campaign-service's lockout, or the gateway's sign-in rate limit). */
export class LockedOutError extends Error {
  constructor(readonly retryAfterSeconds: number | undefined) {
    super(
      `Too many sign-in attempts. Try again ${
        retryAfterSeconds ? `in ${waitText(retryAfterSeconds)}` : 'later'
      }.`,
    );
    this.name = 'LockedOutError';
  }
}

function waitText(seconds: number): string {
  if (seconds < 60) return seconds === 1 ? '1 second' : `${seconds} seconds`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}

function retryAfterSeconds(error: ApiError): number | undefined {
  const fromHeader = error.retryAfterSeconds;
  if (fromHeader !== undefined) return fromHeader;
  const fromBody = (error.problem as { retryAfterSeconds?: unknown }).retryAfterSeconds;
  return typeof fromBody === 'number' && fromBody > 0 ? Math.ceil(fromBody) : undefined;
}

export function AuthProvider({ store, children }: { store: CredentialStore; children: ReactNode }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const credentials = useSyncExternalStore(
    (onChange) => store.subscribe(onChange),
    () => store.get(),
  );
  const sessionExpired = !credentials && store.signedOutReason() === 'expired';

  const login = useCallback(
    async (email: string, password: string) => {
      try {
        const session = await api.login(email.trim(), password);
        queryClient.clear();
        const { email: signedIn, name, userId, workspaceId, workspaceName, role } = session;
        const known = Object.entries({ name, userId, workspaceId, workspaceName, role }).filter(
          ([, value]) => typeof value === 'string',
        );
        store.set({ email: signedIn, ...Object.fromEntries(known) });
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) throw new WrongCredentialsError();
        if (error instanceof ApiError && error.status === 429) {
          throw new LockedOutError(retryAfterSeconds(error));
        }
        throw error;
      }
    },
    [api, queryClient, store],
  );

  const logout = useCallback(() => {
    // The cookies are HttpOnly: only the server can clear them. Signed out here at once either way.
    api.logout().catch(() => undefined);
    store.clear();
    queryClient.clear();
  }, [api, queryClient, store]);

  const value = useMemo(
    () => ({ credentials, sessionExpired, login, logout }),
    [credentials, sessionExpired, login, logout],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth must be used inside <AuthProvider>');
  return auth;
}
