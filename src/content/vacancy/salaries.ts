import type { SalaryRange } from './vacancy.entity.js';

/** Fewer vacancies than this never make a figure: a "distribution" of two is one employer's pay. */
export const MIN_SALARY_SAMPLE = 3;

export interface SalaryDistribution {
  currency: string;
  period: string;
  /** How many vacancies the figures come from. */
  count: number;
  p10: number;
  p25: number;
  p50: number;
  p75: number;
  p90: number;
}

/**
 * The `p`th percentile (0–100) of sorted values, interpolating linearly between the two nearest
 * ranks (the "inclusive" method of spreadsheets and NumPy's default).
 */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new Error('percentile of an empty list');
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  const value = sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
  return Math.round(value * 100) / 100;
}

/**
 * Percentiles of advertised pay per currency and period, from the salaries of live vacancies:
 * each vacancy counts once, at the middle of its range. Groups backed by fewer than
 * `MIN_SALARY_SAMPLE` vacancies are left out. Sorted by count, then currency and period.
 */
export function salaryDistributions(
  salaries: readonly (SalaryRange | null)[],
): SalaryDistribution[] {
  const groups = new Map<string, { currency: string; period: string; values: number[] }>();
  for (const s of salaries) {
    if (!s) continue;
    const key = `${s.currency}/${s.period}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { currency: s.currency, period: s.period, values: [] }));
    group.values.push((s.min + s.max) / 2);
  }
  const out: SalaryDistribution[] = [];
  for (const { currency, period, values } of groups.values()) {
    if (values.length < MIN_SALARY_SAMPLE) continue;
    const sorted = [...values].sort((a, b) => a - b);
    out.push({
      currency,
      period,
      count: sorted.length,
      p10: percentile(sorted, 10),
      p25: percentile(sorted, 25),
      p50: percentile(sorted, 50),
      p75: percentile(sorted, 75),
      p90: percentile(sorted, 90),
    });
  }
  return out.sort(
    (a, b) =>
      b.count - a.count || a.currency.localeCompare(b.currency) || a.period.localeCompare(b.period),
  );
}
