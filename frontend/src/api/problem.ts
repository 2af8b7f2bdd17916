import type { FieldProblem, ProblemDetail } from './types';

/** An error answer of the API (or a failure to reach it), carrying its problem details. */
export class ApiError extends Error {
  readonly problem: ProblemDetail;
  /** The answer's `Retry-After` in seconds (429, 503), when it had one. */
  readonly retryAfterSeconds: number | undefined;

  constructor(problem: ProblemDetail, retryAfterSeconds?: number) {
    super(problem.detail || problem.title);
    this.name = 'ApiError';
    this.problem = problem;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  get status(): number {
    return this.problem.status;
  }

  /** Field-level messages keyed by field path (`emailTemplate.subject`); several joined. */
  fieldErrors(): Record<string, string> {
    const byField: Record<string, string> = {};
    for (const { field, message } of this.problem.errors ?? []) {
      byField[field] = byField[field] ? `${byField[field]}; ${message}` : message;
    }
    return byField;
  }
}

const FALLBACK_DETAIL: Record<number, string> = {
  0: 'Cannot reach the server. Check your connection and try again.',
  400: 'The request was not valid.',
  401: 'You are not signed in.',
  403: 'You are not allowed to do this.',
  404: 'Not found.',
  409: 'This conflicts with the current state.',
  502: 'A service is unavailable. Try again in a moment.',
  503: 'A service is unavailable. Try again in a moment.',
  504: 'A service took too long to answer. Try again in a moment.',
};

export function fallbackDetail(status: number): string {
  return FALLBACK_DETAIL[status] ?? `The request failed (HTTP ${status}).`;
}

function isFieldProblem(value: unknown): value is FieldProblem {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as FieldProblem).field === 'string' &&
    typeof (value as FieldProblem).message === 'string'
  );
}

/**
 * Reads an error response as RFC 9457 problem details. A body that is not a problem (an HTML
 * page from a proxy, an empty body) still yields a problem with the response's status and a
 * readable detail, so the UI always has something to show.
 */
export async function readProblem(response: Response): Promise<ProblemDetail> {
  const status = response.status;
  const fallback: ProblemDetail = {
    type: 'about:blank',
    title: response.statusText || `HTTP ${status}`,
    status,
    detail: fallbackDetail(status),
  };
  let body: unknown;
  try {
    const text = await response.text();
    body = text ? JSON.parse(text) : undefined;
  } catch {
    return fallback;
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return fallback;
  }
  const raw = body as Record<string, unknown>;
  const problem: ProblemDetail = {
    type: typeof raw.type === 'string' ? raw.type : fallback.type,
    title: typeof raw.title === 'string' ? raw.title : fallback.title,
    status: typeof raw.status === 'number' ? raw.status : status,
    detail: typeof raw.detail === 'string' && raw.detail ? raw.detail : fallback.detail,
  };
  if (typeof raw.instance === 'string') problem.instance = raw.instance;
  if (Array.isArray(raw.errors)) problem.errors = raw.errors.filter(isFieldProblem);
  if (Array.isArray(raw.missing)) {
    problem.missing = raw.missing.filter(
      (m): m is NonNullable<ProblemDetail['missing']>[number] => isFieldProblem(m) && typeof (m as { step?: unknown }).step === 'number',
    );
  }
  return problem;
}

/** The message to show for any error a query or mutation may throw. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.problem.detail;
  if (error instanceof Error) return error.message;
  return 'Something went wrong.';
}

/** `Retry-After` as whole seconds (the delay form; an HTTP date counts from now). */
export function retryAfterSeconds(response: Response): number | undefined {
  const value = response.headers.get('Retry-After')?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value) > 0 ? Number(value) : undefined;
  const at = Date.parse(value);
  if (Number.isNaN(at)) return undefined;
  const seconds = Math.ceil((at - Date.now()) / 1000);
  return seconds > 0 ? seconds : undefined;
}
