/**
 * The batch summary as a document: what `--summary FILE` writes as JSON, and what the terminal
 * table and the HTML report draw. Counts only: no record ids, no file names, no free text.
 */
import type { IndicatorSet } from '../core/schema.js';
import type { SummaryData } from './batch-counts.js';
import { frameworksSummary, type FrameworksSummary } from './batch-frameworks.js';
import {
  elementCounts,
  outcomeCounts,
  outcomeShares,
  share,
  sum,
  validation,
  waiverCounts,
  type ElementCounts,
  type OutcomeCounts,
  type OutcomeShares,
  type Validation,
  type WaiverCounts,
} from './batch-shares.js';

export const SUMMARY_SCHEMA_VERSION = 2;

export interface SummaryDoc {
  schemaVersion: number;
  set: { id: string; version: string; framework: string };
  /** False when --strict stopped the run: the counts cover the records before that line. */
  complete: boolean;
  stoppedAtLine: number | null;
  records: { read: number; scored: number; bad: number };
  outcomes: OutcomeShares;
  elements: ElementCounts;
  meansWaived: WaiverCounts;
  /** Null when --columns left the count out, and it was not made. */
  openQuestions: { mean: number; max: number } | null;
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
  validation: Validation;
  /** With --frameworks: outcomes per framework and how far the frameworks agree. */
  frameworks: FrameworksSummary | null;
  /** Scored records whose id an earlier record had; inputs with no records at all. */
  warnings: BatchWarnings;
}

export interface BatchWarnings {
  duplicateIds: number;
  /** False when there were too many ids to check them all (see batch/id-set.ts). */
  idCheckComplete: boolean;
  emptyInputs: number;
}

export interface SummaryContext {
  set: IndicatorSet;
  bad: number;
  stoppedAtLine: number | null;
  by: string | undefined;
  label: string | undefined;
  /** With --frameworks: the frameworks' sets, in the order given. */
  frameworks?: IndicatorSet[] | undefined;
  warnings?: BatchWarnings | undefined;
  /** False when --columns left out the open questions (they are then not counted). */
  openCounted?: boolean | undefined;
}

export function buildSummaryDoc(s: SummaryData, c: SummaryContext): SummaryDoc {
  const { set } = c;
  const n = s.scored;
  return {
    schemaVersion: SUMMARY_SCHEMA_VERSION,
    set: { id: set.id, version: set.version, framework: set.framework },
    complete: c.stoppedAtLine === null,
    stoppedAtLine: c.stoppedAtLine,
    records: { read: n + c.bad, scored: n, bad: c.bad },
    outcomes: outcomeShares(s.outcomes, n),
    elements: elementCounts(s.elements),
    meansWaived: waiverCounts(set, s.waivers),
    openQuestions: c.openCounted === false ? null : { mean: share(s.openSum, n), max: s.openMax },
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
    validation: validation(s.labels, c.label),
    frameworks:
      c.frameworks && s.frameworks ? frameworksSummary(set.id, c.frameworks, s.frameworks, n, c.label) : null,
    warnings: c.warnings ?? { duplicateIds: 0, idCheckComplete: true, emptyInputs: 0 },
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
