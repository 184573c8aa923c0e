/**
 * Validation statistics for a screening instrument against a reference label: the confusion
 * matrix of "victim likely" against the label, and sensitivity, specificity, PPV and NPV with 95%
 * Wilson score intervals (Wilson 1927; recommended over the Wald interval by Newcombe 1998, as
 * it stays inside [0, 1] and behaves with small counts and proportions near 0 or 1).
 */

/** The 97.5th percentile of the standard normal distribution. */
export const Z95 = 1.959963984540054;

export interface Proportion {
  /** Successes and trials: the proportion is x / n. */
  x: number;
  n: number;
  value: number;
  low: number;
  high: number;
}

/** x / n with its Wilson score interval; null when n is 0 (nothing to estimate). */
export function wilson(x: number, n: number, z = Z95): Proportion | null {
  if (n <= 0) return null;
  const p = x / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (z / denom) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // At x = 0 or x = n the bound is exactly 0 or 1; say so rather than leave rounding error.
  const low = x === 0 ? 0 : Math.max(0, centre - half);
  const high = x === n ? 1 : Math.min(1, centre + half);
  return { x, n, value: p, low, high };
}

export interface Confusion {
  /** Screened "victim likely" and labelled victim. */
  tp: number;
  /** Screened "victim likely" but labelled non-victim in the reference data. */
  fp: number;
  /** Labelled victim but not screened "victim likely". */
  fn: number;
  /** Neither. */
  tn: number;
}

export interface Metrics {
  sensitivity: Proportion | null;
  specificity: Proportion | null;
  ppv: Proportion | null;
  npv: Proportion | null;
}

export function metrics(c: Confusion): Metrics {
  return {
    sensitivity: wilson(c.tp, c.tp + c.fn),
    specificity: wilson(c.tn, c.tn + c.fp),
    ppv: wilson(c.tp, c.tp + c.fp),
    npv: wilson(c.tn, c.tn + c.fn),
  };
}

/** Two raters' yes/no calls on the same records. */
export interface Agreement2x2 {
  /** Both say yes. */
  both: number;
  /** Only the first says yes. */
  firstOnly: number;
  /** Only the second says yes. */
  secondOnly: number;
  /** Both say no. */
  neither: number;
}

/** The share of records on which the two agree; null when there are none. */
export function percentAgreement(t: Agreement2x2): number | null {
  const n = t.both + t.firstOnly + t.secondOnly + t.neither;
  return n > 0 ? (t.both + t.neither) / n : null;
}

/**
 * Cohen's kappa (Cohen 1960): agreement beyond what the two raters' own yes rates would give by
 * chance, (po - pe) / (1 - pe). Null when there are no records, or when chance agreement is
 * already complete (both raters say the same one thing of every record): kappa is undefined then.
 */
export function cohensKappa(t: Agreement2x2): number | null {
  const n = t.both + t.firstOnly + t.secondOnly + t.neither;
  if (n === 0) return null;
  const po = (t.both + t.neither) / n;
  const yes1 = (t.both + t.firstOnly) / n;
  const yes2 = (t.both + t.secondOnly) / n;
  const pe = yes1 * yes2 + (1 - yes1) * (1 - yes2);
  if (pe >= 1) return null;
  return (po - pe) / (1 - pe);
}
