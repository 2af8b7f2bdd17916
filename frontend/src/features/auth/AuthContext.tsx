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
import { basicAuthorization, type CredentialStore, type Credentials } from '../../api/credentials';
import { ApiError } from '../../api/problem';

interface Auth {
  credentials: Credentials | null;
  /** Checks the credentials with `GET /api/me` and keeps them if they work. */
  login(email: string, password: string): Promise<void>;
  logout(): void;
}

const AuthContext = createContext<Auth | null>(null);

export class WrongCredentialsError extends Error {
  constructor() {
    super('Wrong email or password');
    this.name = 'WrongCredentialsError';
  }
}

export function AuthProvider({ store, children }: { store: CredentialStore; children: ReactNode }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const credentials = useSyncExternalStore(
    (onChange) => store.subscribe(onChange),
    () => store.get(),
  );

  const login = useCallback(
    async (email: string, password: string) => {
      const authorization = basicAuthorization(email.trim(), password);
      try {
        const me = await api.me(authorization);
        queryClient.clear();
        store.set({ email: me.email, authorization });
        queryClient.setQueryData(['me'], me);
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) throw new WrongCredentialsError();
        throw error;
      }
    },
    [api, queryClient, store],
  );

  const logout = useCallback(() => {
    store.clear();
    queryClient.clear();
  }, [queryClient, store]);

  const value = useMemo(() => ({ credentials, login, logout }), [credentials, login, logout]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth must be used inside <AuthProvider>');
  return auth;
}
