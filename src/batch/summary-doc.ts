/**
 * The batch summary as a document: what `--summary FILE` writes as JSON, and what the terminal
 * table and the HTML report draw. Counts only: no record ids, no file names, no free text.
 */
import type { IndicatorSet, Outcome } from '../core/schema.js';
import { ELEMENTS, OUTCOMES } from '../core/schema.js';
import { metrics, type Confusion, type Metrics } from './stats.js';
import type { SummaryData } from './summary.js';

export const SUMMARY_SCHEMA_VERSION = 1;

/** Most serious first, as the report prints them. */
export const OUTCOME_ORDER: Outcome[] = [
  'victim-likely',
  'possible',
  'insufficient-information',
  'no-indicators',
];

type OutcomeCounts = Record<Outcome, number>;

export interface SummaryDoc {
  schemaVersion: number;
  set: { id: string; version: string; framework: string };
  /** False when --strict stopped the run: the counts cover the records before that line. */
  complete: boolean;
  stoppedAtLine: number | null;
  records: { read: number; scored: number; bad: number };
  outcomes: { outcome: Outcome; count: number; share: number }[];
  elements: { element: string; met: number; notMet: number; unknown: number }[];
  meansWaived: { count: number; byWaiver: { id: string; count: number }[] };
  openQuestions: { mean: number; max: number };
  /** yesRate: share of scored records answered yes; yesRateAnswered: share of yes among yes + no. */
  indicators: {
    id: string;
    element: string;
    tier: string | null;
    yes: number;
    no: number;
    unknown: number;
    declined: number;
    unanswered: number;
    yesRate: number;
    yesRateAnswered: number | null;
  }[];
  by: { fact: string; groups: { value: string; records: number; outcomes: OutcomeCounts }[] } | null;
  validation:
    | ({
        label: string;
        positive: 'victim-likely';
        labelled: number;
        unlabelled: number;
        matrix: Confusion;
        outcomesByLabel: { victim: OutcomeCounts; nonVictim: OutcomeCounts; unlabelled: OutcomeCounts };
      } & Metrics)
    | null;
}

const share = (x: number, n: number) => (n > 0 ? x / n : 0);

function outcomeCounts(counts: readonly number[], offset = 0): OutcomeCounts {
  const out = {} as OutcomeCounts;
  OUTCOMES.forEach((o, rank) => (out[o] = counts[offset + rank] ?? 0));
  return out;
}

export interface SummaryContext {
  set: IndicatorSet;
  bad: number;
  stoppedAtLine: number | null;
  by: string | undefined;
  label: string | undefined;
}

export function buildSummaryDoc(s: SummaryData, c: SummaryContext): SummaryDoc {
  const { set } = c;
  const n = s.scored;
  const VICTIM_LIKELY = OUTCOMES.indexOf('victim-likely');
  const row = (label: number) => s.labels.slice(label * 4, label * 4 + 4);
  const [unl, pos, neg] = [row(0), row(1), row(2)];
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const matrix: Confusion = {
    tp: pos[VICTIM_LIKELY]!,
    fn: sum(pos) - pos[VICTIM_LIKELY]!,
    fp: neg[VICTIM_LIKELY]!,
    tn: sum(neg) - neg[VICTIM_LIKELY]!,
  };
  return {
    schemaVersion: SUMMARY_SCHEMA_VERSION,
    set: { id: set.id, version: set.version, framework: set.framework },
    complete: c.stoppedAtLine === null,
    stoppedAtLine: c.stoppedAtLine,
    records: { read: n + c.bad, scored: n, bad: c.bad },
    outcomes: OUTCOME_ORDER.map((o) => {
      const count = s.outcomes[OUTCOMES.indexOf(o)]!;
      return { outcome: o, count, share: share(count, n) };
    }),
    elements: ELEMENTS.map((element, e) => ({
      element,
      met: s.elements[e * 3 + 2]!,
      notMet: s.elements[e * 3]!,
      unknown: s.elements[e * 3 + 1]!,
    })),
    meansWaived: {
      count: sum(s.waivers),
      byWaiver: set.rules.waiver.map((w, k) => ({ id: w.id, count: s.waivers[k]! })),
    },
    openQuestions: { mean: share(s.openSum, n), max: s.openMax },
    indicators: set.indicators.map((ind, i) => {
      const [unanswered, no, yes, unknown, declined] = s.indicators.slice(i * 5, i * 5 + 5) as [
        number,
        number,
        number,
        number,
        number,
      ];
      return {
        id: ind.id,
        element: ind.element,
        tier: ind.tier ?? null,
        yes,
        no,
        unknown,
        declined,
        unanswered,
        yesRate: share(yes, n),
        yesRateAnswered: yes + no > 0 ? yes / (yes + no) : null,
      };
    }),
    by:
      c.by === undefined
        ? null
        : {
            fact: c.by,
            groups: Object.entries(s.groups)
              .sort(([a], [b]) => compareValues(a, b))
              .map(([value, counts]) => ({ value, records: sum(counts), outcomes: outcomeCounts(counts) })),
          },
    validation:
      c.label === undefined
        ? null
        : {
            label: c.label,
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
          },
  };
}

/** Numbers in numeric order, then text; "unknown" last. */
function compareValues(a: string, b: string): number {
  if (a === 'unknown' || b === 'unknown') return a === b ? 0 : a === 'unknown' ? 1 : -1;
  const x = Number(a);
  const y = Number(b);
  if (Number.isFinite(x) && Number.isFinite(y)) return x - y;
  return a < b ? -1 : a > b ? 1 : 0;
}
