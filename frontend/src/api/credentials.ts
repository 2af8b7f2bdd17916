// Credentials for HTTP Basic, the foundation-stage authentication (a later issue replaces it
// with tokens). Kept in memory and in sessionStorage, so a reload keeps the user signed in
// while closing the tab signs them out.

export interface Credentials {
  email: string;
  /** The full `Authorization` header value, `Basic <base64(email:password)>`. */
  authorization: string;
}

const STORAGE_KEY = 'opensdr.credentials';

/** Base64 of the UTF-8 bytes, as RFC 7617 asks for non-ASCII user names and passwords. */
function base64Utf8(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  bytes.forEach((b) => {
    binary += String.fromCharCode(b);
  });
  return btoa(binary);
}

export function basicAuthorization(email: string, password: string): string {
  return `Basic ${base64Utf8(`${email}:${password}`)}`;
}

export class CredentialStore {
  private current: Credentials | null;
  private readonly listeners = new Set<(c: Credentials | null) => void>();

  constructor(private readonly storage: Storage | null = safeSessionStorage()) {
    this.current = this.read();
  }

  get(): Credentials | null {
    return this.current;
  }

  set(credentials: Credentials | null): void {
    this.current = credentials;
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
        typeof (parsed as Credentials).authorization === 'string'
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

function safeSessionStorage(): Storage | null {
  try {
    return typeof window !== 'undefined' ? window.sessionStorage : null;
  } catch {
    return null;
  }
}
