/**
 * Running counts for the batch summary. Plain number arrays, so that worker threads can send
 * theirs to the main thread and the main thread can add them up in any order.
 */
import type { EvalContext } from '../core/condition.js';

export interface SummaryData {
  scored: number;
  outcomes: number[];
  /** Element status counts: [element * 3 + truth value (0 not met, 1 undecided, 2 met)]. */
  elements: number[];
  /** Records whose means were waived, per waiver of the set. */
  waivers: number[];
  /** Answer counts: [indicator * 5 + state (missing, no, yes, unknown, declined)]. */
  indicators: number[];
  openSum: number;
  openMax: number;
  /** Outcome counts per value of the --by fact. */
  groups: Record<string, number[]>;
  /** Outcome counts per reference label: [label (none, positive, negative) * 4 + outcome]. */
  labels: number[];
}

export function emptySummary(indicators: number, waivers: number): SummaryData {
  return {
    scored: 0,
    outcomes: [0, 0, 0, 0],
    elements: new Array<number>(9).fill(0),
    waivers: new Array<number>(waivers).fill(0),
    indicators: new Array<number>(indicators * 5).fill(0),
    openSum: 0,
    openMax: 0,
    groups: {},
    labels: new Array<number>(12).fill(0),
  };
}

/** Adds one scored record. `group` is the --by fact's value as text, or undefined without --by. */
export function addRecord(
  s: SummaryData,
  ctx: EvalContext,
  rank: number,
  waiver: number,
  open: number,
  label: number,
  group: string | undefined,
): void {
  s.scored++;
  s.outcomes[rank]!++;
  const r = ctx.rules;
  s.elements[r[0]!]!++;
  s.elements[3 + r[1]!]!++;
  s.elements[6 + r[2]!]!++;
  if (waiver >= 0) s.waivers[waiver]!++;
  const { state } = ctx;
  for (let i = 0; i < state.length; i++) s.indicators[i * 5 + state[i]!]!++;
  s.openSum += open;
  if (open > s.openMax) s.openMax = open;
  s.labels[label * 4 + rank]!++;
  if (group !== undefined) {
    const g = (s.groups[group] ??= [0, 0, 0, 0]);
    g[rank]!++;
  }
}

export function mergeSummary(into: SummaryData, from: SummaryData): void {
  into.scored += from.scored;
  addArrays(into.outcomes, from.outcomes);
  addArrays(into.elements, from.elements);
  addArrays(into.waivers, from.waivers);
  addArrays(into.indicators, from.indicators);
  into.openSum += from.openSum;
  into.openMax = Math.max(into.openMax, from.openMax);
  addArrays(into.labels, from.labels);
  for (const [key, counts] of Object.entries(from.groups))
    addArrays((into.groups[key] ??= [0, 0, 0, 0]), counts);
}

function addArrays(into: number[], from: readonly number[]): void {
  for (let i = 0; i < from.length; i++) into[i] = (into[i] ?? 0) + from[i]!;
}
