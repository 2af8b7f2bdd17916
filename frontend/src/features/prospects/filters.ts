import { PROSPECT_SOURCES, PROSPECT_STATUSES } from './prospectsApi';

export type Source = (typeof PROSPECT_SOURCES)[number];
export type Status = (typeof PROSPECT_STATUSES)[number];

/** The list's filters and page, as kept in the address (`/prospects?status=QUALIFIED&hot=true`). */
export interface ProspectFilter {
  campaignId: string | null;
  status: Status | null;
  minScore: number | null;
  maxScore: number | null;
  hot: boolean | null;
  source: Source | null;
  /** The keyset cursor: the previous page's `next`. */
  after: string | null;
  limit: number;
}

export const PAGE_SIZES = [25, 50, 100] as const;
export const DEFAULT_LIMIT = 25;

export const NO_FILTER: ProspectFilter = {
  campaignId: null,
  status: null,
  minScore: null,
  maxScore: null,
  hot: null,
  source: null,
  after: null,
  limit: DEFAULT_LIMIT,
};

export interface ParsedFilter {
  filter: ProspectFilter;
  /** Parameters of the address that were not understood and so not applied (`status=FOO`). */
  ignored: string[];
}

function score(value: string | null): number | null | undefined {
  if (value === null || value === '') return null;
  if (!/^\d{1,3}$/.test(value)) return undefined;
  const n = Number(value);
  return n <= 100 ? n : undefined;
}

/** Reads the filters from the query string; a value the API would refuse is left out and named. */
export function parseFilter(params: URLSearchParams): ParsedFilter {
  const ignored: string[] = [];
  const filter: ProspectFilter = { ...NO_FILTER };
  const read = (name: string) => params.get(name);

  const campaignId = read('campaignId');
  if (campaignId) filter.campaignId = campaignId.slice(0, 100);

  const status = read('status');
  if (status) {
    if ((PROSPECT_STATUSES as readonly string[]).includes(status)) filter.status = status as Status;
    else ignored.push(`status=${status}`);
  }
  const source = read('source');
  if (source) {
    if ((PROSPECT_SOURCES as readonly string[]).includes(source)) filter.source = source as Source;
    else ignored.push(`source=${source}`);
  }
  const hot = read('hot');
  if (hot) {
    if (hot === 'true' || hot === 'false') filter.hot = hot === 'true';
    else ignored.push(`hot=${hot}`);
  }
  for (const name of ['minScore', 'maxScore'] as const) {
    const value = score(read(name));
    if (value === undefined) ignored.push(`${name}=${read(name) ?? ''}`);
    else filter[name] = value;
  }
  if (filter.minScore !== null && filter.maxScore !== null && filter.minScore > filter.maxScore) {
    ignored.push(`maxScore=${filter.maxScore}`);
    filter.maxScore = null;
  }
  const after = read('after');
  if (after) {
    if (/^[A-Za-z0-9_-]{1,400}$/.test(after)) filter.after = after;
    else ignored.push('after (not a page of this list)');
  }
  const limit = read('limit');
  if (limit) {
    if ((PAGE_SIZES as readonly number[]).includes(Number(limit))) filter.limit = Number(limit);
    else ignored.push(`limit=${limit}`);
  }
  return { filter, ignored };
}

/**
 * Writes the filters back, keeping the parameters that are not filters (the tab); defaults and
 * empty values stay out of the address.
 */
export function writeFilter(filter: ProspectFilter, base: URLSearchParams = new URLSearchParams()): URLSearchParams {
  const params = new URLSearchParams(base);
  const set = (name: string, value: string | null) => {
    if (value === null || value === '') params.delete(name);
    else params.set(name, value);
  };
  set('campaignId', filter.campaignId);
  set('status', filter.status);
  set('minScore', filter.minScore === null ? null : String(filter.minScore));
  set('maxScore', filter.maxScore === null ? null : String(filter.maxScore));
  set('hot', filter.hot === null ? null : String(filter.hot));
  set('source', filter.source);
  set('after', filter.after);
  set('limit', filter.limit === DEFAULT_LIMIT ? null : String(filter.limit));
  return params;
}

/** True when any filter narrows the list (the campaign and the page do not count). */
export function isFiltered(filter: ProspectFilter): boolean {
  return (
    filter.status !== null ||
    filter.minScore !== null ||
    filter.maxScore !== null ||
    filter.hot !== null ||
    filter.source !== null
  );
}
