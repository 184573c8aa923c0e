/**
 * From the batch's flat count arrays (see batch-counts.ts) to named counts and shares: outcomes,
 * element statuses, waivers and the validation against a reference label. The summary of one set
 * and the per-framework summaries read their arrays the same way, at different offsets.
 */
import type { IndicatorSet, Outcome } from '../core/schema.js';
import { ELEMENTS, OUTCOMES } from '../core/vocabulary.js';
import { metrics, type Confusion, type Metrics } from './stats.js';
import { OUTCOMES_STRONGEST_FIRST } from '../core/vocabulary.js';

export type OutcomeCounts = Record<Outcome, number>;

export type Validation =
  | ({
      label: string;
      positive: 'victim-likely';
      labelled: number;
      unlabelled: number;
      matrix: Confusion;
      outcomesByLabel: { victim: OutcomeCounts; nonVictim: OutcomeCounts; unlabelled: OutcomeCounts };
    } & Metrics)
  | null;

export type OutcomeShares = { outcome: Outcome; count: number; share: number }[];
export type ElementCounts = { element: string; met: number; notMet: number; unknown: number }[];
export type WaiverCounts = { count: number; byWaiver: { id: string; count: number }[] };

export const share = (x: number, n: number) => (n > 0 ? x / n : 0);
export const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
export const VICTIM_LIKELY = OUTCOMES.indexOf('victim-likely');

export function outcomeCounts(counts: readonly number[], offset = 0): OutcomeCounts {
  const out = {} as OutcomeCounts;
  OUTCOMES.forEach((o, rank) => (out[o] = counts[offset + rank] ?? 0));
  return out;
}

export function outcomeShares(counts: readonly number[], n: number, offset = 0): OutcomeShares {
  return OUTCOMES_STRONGEST_FIRST.map((o) => {
    const count = counts[offset + OUTCOMES.indexOf(o)]!;
    return { outcome: o, count, share: share(count, n) };
  });
}

export function elementCounts(counts: readonly number[], offset = 0): ElementCounts {
  return ELEMENTS.map((element, e) => ({
    element,
    met: counts[offset + e * 3 + 2]!,
    notMet: counts[offset + e * 3]!,
    unknown: counts[offset + e * 3 + 1]!,
  }));
}

export function waiverCounts(set: IndicatorSet, counts: readonly number[], offset = 0): WaiverCounts {
  const byWaiver = set.rules.waiver.map((w, k) => ({ id: w.id, count: counts[offset + k]! }));
  return { count: sum(byWaiver.map((w) => w.count)), byWaiver };
}

/** The confusion matrix and metrics from outcome counts per label ([label * 4 + outcome]). */
export function validation(labels: readonly number[], label: string | undefined, offset = 0): Validation {
  if (label === undefined) return null;
  const row = (l: number) => labels.slice(offset + l * 4, offset + l * 4 + 4);
  const [unl, pos, neg] = [row(0), row(1), row(2)];
  const matrix: Confusion = {
    tp: pos[VICTIM_LIKELY]!,
    fn: sum(pos) - pos[VICTIM_LIKELY]!,
    fp: neg[VICTIM_LIKELY]!,
    tn: sum(neg) - neg[VICTIM_LIKELY]!,
  };
  return {
    label,
    positive: 'victim-likely',
    labelled: sum(pos) + sum(neg),
    unlabelled: sum(unl),
    matrix,
    ...metrics(matrix),
    outcomesByLabel: {
      victim: outcomeCounts(pos),
      nonVictim: outcomeCounts(neg),
      unlabelled: outcomeCounts(unl),
    },
  };
}
