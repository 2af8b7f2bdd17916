import { describe, expect, it } from 'vitest';
import { isFiltered, NO_FILTER, parseFilter, writeFilter } from './filters';
import { countsAt, decide } from './thresholds';

describe('the filters in the address', () => {
  it('reads every filter and writes it back the same', () => {
    const search = 'campaignId=c-1&status=REVIEW&minScore=10&maxScore=90&hot=false&source=ROCKETREACH&after=abc_-1&limit=100';
    const { filter, ignored } = parseFilter(new URLSearchParams(search));

    expect(ignored).toEqual([]);
    expect(filter).toEqual({
      campaignId: 'c-1',
      status: 'REVIEW',
      minScore: 10,
      maxScore: 90,
      hot: false,
      source: 'ROCKETREACH',
      after: 'abc_-1',
      limit: 100,
    });
    expect(writeFilter(filter).toString()).toBe(search);
  });

  it('leaves out what the API would refuse', () => {
    const { filter, ignored } = parseFilter(
      new URLSearchParams('status=won&minScore=101&maxScore=-1&hot=1&source=x&limit=7&after=%24ne'),
    );

    expect(filter).toEqual(NO_FILTER);
    expect(ignored).toEqual([
      'status=won',
      'source=x',
      'hot=1',
      'minScore=101',
      'maxScore=-1',
      'after (not a page of this list)',
      'limit=7',
    ]);
  });

  it('drops the upper bound of a range upside down', () => {
    const { filter, ignored } = parseFilter(new URLSearchParams('minScore=80&maxScore=20'));

    expect(filter.minScore).toBe(80);
    expect(filter.maxScore).toBeNull();
    expect(ignored).toEqual(['maxScore=20']);
  });

  it('keeps the parameters that are not filters, and the defaults out', () => {
    const params = writeFilter({ ...NO_FILTER, hot: true }, new URLSearchParams('view=review&status=QUALIFIED'));

    expect(params.toString()).toBe('view=review&hot=true');
    expect(isFiltered({ ...NO_FILTER, campaignId: 'c', after: 'x' })).toBe(false);
    expect(isFiltered({ ...NO_FILTER, minScore: 0 })).toBe(true);
  });
});

describe("the qualifier's decision rule", () => {
  it('qualifies from threshold + band, rejects below threshold − band, reviews between', () => {
    expect(decide(65, 60, 5)).toBe('QUALIFIED');
    expect(decide(64, 60, 5)).toBe('REVIEW');
    expect(decide(55, 60, 5)).toBe('REVIEW');
    expect(decide(54, 60, 5)).toBe('REJECTED');
    expect(decide(60, 60, 0)).toBe('QUALIFIED');
  });

  it('counts the decisions of a histogram at a threshold', () => {
    const counts = Array.from({ length: 101 }, (_, s) => (s === 50 ? 3 : s === 70 ? 2 : 0));

    expect(countsAt(counts, 60, 5)).toEqual({ threshold: 60, reviewBand: 5, qualified: 2, review: 0, rejected: 3, total: 5 });
    expect(countsAt(counts, 48, 5)).toMatchObject({ qualified: 2, review: 3, rejected: 0 });
  });
});
