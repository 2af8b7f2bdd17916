import { useQueryClient } from '@tanstack/react-query';
import {
  createContext,
  useCallback,
  useContext,
  useMemo,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { useApi } from '../../api/ApiContext';
import type { CredentialStore, Credentials } from '../../api/credentials';
import { ApiError } from '../../api/problem';
import {
  acceptInvitation as postAcceptInvitation,
  credentialsOf,
  signUp as postSignUp,
  type AcceptInvitationRequest,
  type Session,
  type SignUpRequest,
} from './authApi';

interface Auth {
  credentials: Credentials | null;
  /** Whether the last session ended because the server stopped accepting it. */
  sessionExpired: boolean;
  /** `POST /api/auth/login`: campaign-service sets the HttpOnly session cookies. */
  login(email: string, password: string): Promise<void>;
  /** Whether the user signed out in this tab (the sign-in page says so). */
  signedOut: boolean;
  /** The server did not confirm the last sign-out (offline?): its cookies may still be valid. */
  logoutUnconfirmed: boolean;
  /** `POST /api/auth/signup`: a new user owning a new workspace, signed in to it. */
  signUp(request: SignUpRequest): Promise<Session>;
  /** `POST /api/invitations/accept`: joins the workspace (creating the account if new), signed in to it. */
  acceptInvitation(request: AcceptInvitationRequest): Promise<Session>;
  /** `POST /api/auth/logout` (revokes the refresh token, clears the cookies), then forgets the user. */
  logout(): Promise<void>;
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
        retryAfterSeconds ? `in ${waitText(retryAfterSeconds)} (at ${clockTime(retryAfterSeconds)})` : 'later'
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

function clockTime(secondsFromNow: number): string {
  return new Date(Date.now() + secondsFromNow * 1000).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
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
  const signedOut = !credentials && store.signedOutReason() === 'signed-out';
  const [logoutUnconfirmed, setLogoutUnconfirmed] = useState(false);

  const startSession = useCallback(
    (session: Session) => {
      queryClient.clear();
      setLogoutUnconfirmed(false);
      store.set(credentialsOf(session));
      return session;
    },
    [queryClient, store],
  );

  const login = useCallback(
    async (email: string, password: string) => {
      try {
        const session = await api.login(email.trim(), password);
        queryClient.clear();
        setLogoutUnconfirmed(false);
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

  const signUp = useCallback(
    async (request: SignUpRequest) => startSession(await postSignUp(api, request)),
    [api, startSession],
  );

  const acceptInvitation = useCallback(
    async (request: AcceptInvitationRequest) => {
      try {
        return startSession(await postAcceptInvitation(api, request));
      } catch (error) {
        // An existing account proves its password: a refusal or a lock reads as at sign-in.
        if (error instanceof ApiError && error.status === 401) throw new WrongCredentialsError();
        if (error instanceof ApiError && error.status === 429) {
          throw new LockedOutError(retryAfterSeconds(error));
        }
        throw error;
      }
    },
    [api, startSession],
  );

  const logout = useCallback(async () => {
    // The cookies are HttpOnly: only the server can clear them, so it is asked first; the user is
    // signed out here either way, and told when the server could not confirm it.
    let confirmed = true;
    try {
      await api.logout();
    } catch {
      confirmed = false;
    }
    store.clear();
    queryClient.clear();
    setLogoutUnconfirmed(!confirmed);
  }, [api, queryClient, store]);

  const value = useMemo(
    () => ({ credentials, sessionExpired, signedOut, logoutUnconfirmed, login, signUp, acceptInvitation, logout }),
    [credentials, sessionExpired, signedOut, logoutUnconfirmed, login, signUp, acceptInvitation, logout],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth must be used inside <AuthProvider>');
  return auth;
}
