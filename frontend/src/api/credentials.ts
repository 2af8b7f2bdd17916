// Who the SPA believes is signed in. No secret lives here: the access and refresh tokens are
// HttpOnly cookies set by campaign-service (`POST /api/auth/login`), out of reach of page
// scripts. This store only remembers the signed-in user's name and workspace, in localStorage,
// so a reload or a new tab shows the app at once; the cookies decide whether calls succeed, and
// a session the server has ended comes back here as "expired".

export interface Credentials {
  email: string;
  name?: string;
  userId?: string;
  workspaceId?: string;
  workspaceName?: string;
  role?: string;
}

/** Why the user is signed out: never signed in, signed out, or the session ran out. */
export type SignedOutReason = 'none' | 'signed-out' | 'expired';

const STORAGE_KEY = 'opensdr.session';
/** The foundation stage kept Basic credentials under this key: dropped on sight. */
const LEGACY_KEY = 'opensdr.credentials';

export class CredentialStore {
  private current: Credentials | null;
  private reason: SignedOutReason = 'none';
  private readonly listeners = new Set<(c: Credentials | null) => void>();

  constructor(private readonly storage: Storage | null = safeLocalStorage()) {
    this.storage?.removeItem(LEGACY_KEY);
    this.current = this.read();
  }

  get(): Credentials | null {
    return this.current;
  }

  /** Why nobody is signed in (meaningful while {@link get} is null). */
  signedOutReason(): SignedOutReason {
    return this.reason;
  }

  set(credentials: Credentials | null): void {
    this.current = credentials;
    if (credentials) this.reason = 'none';
    if (this.storage) {
      if (credentials) {
        this.storage.setItem(STORAGE_KEY, JSON.stringify(credentials));
      } else {
        this.storage.removeItem(STORAGE_KEY);
      }
    }
    this.listeners.forEach((listener) => listener(credentials));
  }

  clear(): void {
    this.reason = 'signed-out';
    this.set(null);
  }

  /** The server no longer accepts the session (refresh refused): sign in again. */
  expire(): void {
    this.reason = 'expired';
    this.set(null);
  }

  subscribe(listener: (c: Credentials | null) => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  private read(): Credentials | null {
    const raw = this.storage?.getItem(STORAGE_KEY);
    if (!raw) return null;
    try {
      const parsed: unknown = JSON.parse(raw);
      if (
        typeof parsed === 'object' &&
        parsed !== null &&
        typeof (parsed as Credentials).email === 'string' &&
        !('authorization' in parsed)
      ) {
        return parsed as Credentials;
      }
    } catch {
      // fall through: a corrupt entry is dropped
    }
    this.storage?.removeItem(STORAGE_KEY);
    return null;
  }
}

function safeLocalStorage(): Storage | null {
  try {
    return typeof window !== 'undefined' ? window.localStorage : null;
  } catch {
    return null;
  }
}
