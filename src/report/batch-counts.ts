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
  /** With --frameworks: the counts per framework and per pair of frameworks. */
  frameworks?: FrameworksData;
}

/**
 * Counts for `batch --frameworks`, laid out by FrameworksLayout. Frameworks are numbered in the
 * order given; pairs (i, j) with i < j in the order i = 0: (0,1), (0,2), ..., then i = 1, ...
 */
export interface FrameworksData {
  /** [framework * 4 + outcome]. */
  outcomes: number[];
  /** [framework * 9 + element * 3 + truth value], as `elements` above. */
  elements: number[];
  /** [waiverOffset[framework] + waiver]. */
  waivers: number[];
  /** [framework * 12 + label * 4 + outcome], as `labels` above. */
  labels: number[];
  /** Outcomes of the two frameworks of a pair: [pair * 16 + outcome of i * 4 + outcome of j]. */
  crosstab: number[];
  /**
   * Why the outcomes of a pair differ, per record whose outcomes differ, from reasonOffset[pair]:
   * element act, means, purpose differs; no element or waiver difference (answers counted
   * differently); then means waived under i only, per waiver of i; then under j only, per waiver of j.
   */
  reasons: number[];
}

export const REASON_OTHER = 3;
export const REASON_WAIVERS = 4;

/** Where each framework's and each pair's counts sit in FrameworksData. */
export class FrameworksLayout {
  readonly count: number;
  readonly pairs: [number, number][] = [];
  readonly waiverOffset: number[] = [];
  readonly waiverTotal: number;
  readonly reasonOffset: number[] = [];
  readonly reasonTotal: number;

  /** `waivers`: how many waivers each framework's set has. */
  constructor(readonly waivers: readonly number[]) {
    this.count = waivers.length;
    let w = 0;
    for (const n of waivers) {
      this.waiverOffset.push(w);
      w += n;
    }
    this.waiverTotal = w;
    let r = 0;
    for (let i = 0; i < this.count; i++)
      for (let j = i + 1; j < this.count; j++) {
        this.pairs.push([i, j]);
        this.reasonOffset.push(r);
        r += REASON_WAIVERS + waivers[i]! + waivers[j]!;
      }
    this.reasonTotal = r;
  }

  empty(): FrameworksData {
    const zeros = (n: number) => new Array<number>(n).fill(0);
    return {
      outcomes: zeros(this.count * 4),
      elements: zeros(this.count * 9),
      waivers: zeros(this.waiverTotal),
      labels: zeros(this.count * 12),
      crosstab: zeros(this.pairs.length * 16),
      reasons: zeros(this.reasonTotal),
    };
  }
}

export function emptySummary(
  indicators: number,
  waivers: number,
  frameworks?: FrameworksLayout,
): SummaryData {
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
    ...(frameworks ? { frameworks: frameworks.empty() } : {}),
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
  const f = from.frameworks;
  if (f) {
    const t = (into.frameworks ??= {
      outcomes: [],
      elements: [],
      waivers: [],
      labels: [],
      crosstab: [],
      reasons: [],
    });
    addArrays(t.outcomes, f.outcomes);
    addArrays(t.elements, f.elements);
    addArrays(t.waivers, f.waivers);
    addArrays(t.labels, f.labels);
    addArrays(t.crosstab, f.crosstab);
    addArrays(t.reasons, f.reasons);
  }
}

function addArrays(into: number[], from: readonly number[]): void {
  for (let i = 0; i < from.length; i++) into[i] = (into[i] ?? 0) + from[i]!;
}
