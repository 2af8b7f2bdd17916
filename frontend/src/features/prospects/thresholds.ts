export type Decision = 'QUALIFIED' | 'REVIEW' | 'REJECTED';

/**
 * The qualifier's rule (qualifier-service QualificationSettings.decide): QUALIFIED from
 * threshold + review band, REJECTED below threshold − review band, REVIEW between.
 */
export function decide(score: number, threshold: number, reviewBand: number): Decision {
  if (score >= threshold + reviewBand) return 'QUALIFIED';
  if (score < threshold - reviewBand) return 'REJECTED';
  return 'REVIEW';
}

export interface DecisionCounts {
  threshold: number;
  reviewBand: number;
  qualified: number;
  review: number;
  rejected: number;
  total: number;
}

/** What the slider shows at once: the decisions at `threshold` from the histogram (counts[s] prospects scored s). */
export function countsAt(counts: readonly number[], threshold: number, reviewBand: number): DecisionCounts {
  const result: DecisionCounts = { threshold, reviewBand, qualified: 0, review: 0, rejected: 0, total: 0 };
  counts.forEach((n, score) => {
    const decision = decide(score, threshold, reviewBand);
    if (decision === 'QUALIFIED') result.qualified += n;
    else if (decision === 'REVIEW') result.review += n;
    else result.rejected += n;
    result.total += n;
  });
  return result;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}
