/**
 * The batch summary as a document: what `--summary FILE` writes as JSON, and what the terminal
 * table and the HTML report draw. Counts only: no record ids, no file names, no free text.
 */
import type { Element, IndicatorSet, Outcome, WaiverDef } from '../core/schema.js';
import { ELEMENTS, OUTCOMES } from '../core/schema.js';
import { bilingual, conditionText, factsIn, type Bilingual } from '../frameworks/describe.js';
import { pick } from '../base/i18n.js';
import {
  cohensKappa,
  metrics,
  percentAgreement,
  type Agreement2x2,
  type Confusion,
  type Metrics,
} from './stats.js';
import {
  FrameworksLayout,
  REASON_OTHER,
  REASON_WAIVERS,
  type FrameworksData,
  type SummaryData,
} from './summary.js';
import { OUTCOMES_STRONGEST_FIRST } from '../core/vocabulary.js';

export const SUMMARY_SCHEMA_VERSION = 1;

type OutcomeCounts = Record<Outcome, number>;

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

type OutcomeShares = { outcome: Outcome; count: number; share: number }[];
type ElementCounts = { element: string; met: number; notMet: number; unknown: number }[];
type WaiverCounts = { count: number; byWaiver: { id: string; count: number }[] };

/** Why two frameworks' outcomes differ on a record; a record may have more than one reason. */
export type PairReason =
  /**
   * Means are not required under `under` only (`waiver` applies there) and not met under the
   * other framework; `other` lists that framework's exceptions on the same facts (none: it has no
   * such exception).
   */
  | { code: 'waiver'; under: string; waiver: string; other: string[]; count: number }
  /** The element's status differs (means not counted where a waiver applies under either). */
  | { code: 'element'; element: Element; count: number }
  /** Neither: the same answers count toward different items or elements (see score --frameworks). */
  | { code: 'other'; count: number };

export interface FrameworksSummary {
  /** The set whose questions the records answer; its results are the rows' own fields. */
  primary: string;
  positive: 'victim-likely';
  list: {
    id: string;
    version: string;
    framework: string;
    outcomes: OutcomeShares;
    elements: ElementCounts;
    meansWaived: WaiverCounts;
    /** The set's exceptions to the means element, as rules in words: "child under 18 (age < 18)". */
    waivers: { id: string; rule: Bilingual }[];
    validation: Validation;
  }[];
  /** Every pair of frameworks, in the order given: (1,2), (1,3), ..., (2,3), ... */
  agreement: {
    frameworks: [string, string];
    records: number;
    /** Rows: the first framework's outcome; columns: the second's. */
    crosstab: Record<Outcome, OutcomeCounts>;
    /** Records with the same of the four outcomes under both. */
    sameOutcome: { count: number; share: number };
    /** "Victim likely" against every other outcome. */
    victimLikely: Agreement2x2 & { percentAgreement: number | null; kappa: number | null };
    /** Records whose outcomes differ, and the reasons counted over them. */
    disagreements: number;
    reasons: PairReason[];
  }[];
}

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
  validation: Validation;
  /** With --frameworks: outcomes per framework and how far the frameworks agree. */
  frameworks: FrameworksSummary | null;
  /** Scored records whose id an earlier record had; inputs with no records at all. */
  warnings: BatchWarnings;
}

export interface BatchWarnings {
  duplicateIds: number;
  /** False when there were too many ids to check them all (see id-set.ts). */
  idCheckComplete: boolean;
  emptyInputs: number;
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
  /** With --frameworks: the frameworks' sets, in the order given. */
  frameworks?: IndicatorSet[] | undefined;
  warnings?: BatchWarnings | undefined;
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
    validation: validation(s.labels, c.label),
    frameworks:
      c.frameworks && s.frameworks ? frameworksSummary(set.id, c.frameworks, s.frameworks, n, c.label) : null,
    warnings: c.warnings ?? { duplicateIds: 0, idCheckComplete: true, emptyInputs: 0 },
  };
}

const VICTIM_LIKELY = OUTCOMES.indexOf('victim-likely');
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

function outcomeShares(counts: readonly number[], n: number, offset = 0): OutcomeShares {
  return OUTCOMES_STRONGEST_FIRST.map((o) => {
    const count = counts[offset + OUTCOMES.indexOf(o)]!;
    return { outcome: o, count, share: share(count, n) };
  });
}

function elementCounts(counts: readonly number[], offset = 0): ElementCounts {
  return ELEMENTS.map((element, e) => ({
    element,
    met: counts[offset + e * 3 + 2]!,
    notMet: counts[offset + e * 3]!,
    unknown: counts[offset + e * 3 + 1]!,
  }));
}

function waiverCounts(set: IndicatorSet, counts: readonly number[], offset = 0): WaiverCounts {
  const byWaiver = set.rules.waiver.map((w, k) => ({ id: w.id, count: counts[offset + k]! }));
  return { count: sum(byWaiver.map((w) => w.count)), byWaiver };
}

/** The confusion matrix and metrics from outcome counts per label ([label * 4 + outcome]). */
function validation(labels: readonly number[], label: string | undefined, offset = 0): Validation {
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

function frameworksSummary(
  primary: string,
  sets: IndicatorSet[],
  f: FrameworksData,
  n: number,
  label: string | undefined,
): FrameworksSummary {
  const layout = new FrameworksLayout(sets.map((x) => x.rules.waiver.length));
  return {
    primary,
    positive: 'victim-likely',
    list: sets.map((set, k) => ({
      id: set.id,
      version: set.version,
      framework: set.framework,
      outcomes: outcomeShares(f.outcomes, n, k * 4),
      elements: elementCounts(f.elements, k * 9),
      meansWaived: waiverCounts(set, f.waivers, layout.waiverOffset[k]),
      waivers: set.rules.waiver.map((w) => ({
        id: w.id,
        rule: bilingual((lang) => `${pick(w.label, lang)} (${conditionText(w.when, set, lang)})`),
      })),
      validation: validation(f.labels, label, k * 12),
    })),
    agreement: layout.pairs.map(([i, j], q) => {
      const a = sets[i]!;
      const b = sets[j]!;
      const cell = (x: number, y: number) => f.crosstab[q * 16 + x * 4 + y]!;
      const crosstab = {} as Record<Outcome, OutcomeCounts>;
      for (const oa of OUTCOMES_STRONGEST_FIRST) {
        crosstab[oa] = {} as OutcomeCounts;
        for (const ob of OUTCOMES_STRONGEST_FIRST)
          crosstab[oa][ob] = cell(OUTCOMES.indexOf(oa), OUTCOMES.indexOf(ob));
      }
      let records = 0;
      let same = 0;
      for (let x = 0; x < 4; x++)
        for (let y = 0; y < 4; y++) {
          records += cell(x, y);
          if (x === y) same += cell(x, y);
        }
      const both = cell(VICTIM_LIKELY, VICTIM_LIKELY);
      const firstRow = sum([0, 1, 2, 3].map((y) => cell(VICTIM_LIKELY, y)));
      const secondCol = sum([0, 1, 2, 3].map((x) => cell(x, VICTIM_LIKELY)));
      const t: Agreement2x2 = {
        both,
        firstOnly: firstRow - both,
        secondOnly: secondCol - both,
        neither: records - firstRow - secondCol + both,
      };
      const at = layout.reasonOffset[q]!;
      const r = (k: number) => f.reasons[at + k]!;
      const reasons: PairReason[] = [
        ...a.rules.waiver.map((w, k) => ({
          code: 'waiver' as const,
          under: a.id,
          waiver: w.id,
          other: related(w, b),
          count: r(REASON_WAIVERS + k),
        })),
        ...b.rules.waiver.map((w, k) => ({
          code: 'waiver' as const,
          under: b.id,
          waiver: w.id,
          other: related(w, a),
          count: r(REASON_WAIVERS + a.rules.waiver.length + k),
        })),
        ...ELEMENTS.map((element, e) => ({ code: 'element' as const, element, count: r(e) })),
        { code: 'other' as const, count: r(REASON_OTHER) },
      ];
      return {
        frameworks: [a.id, b.id] as [string, string],
        records,
        crosstab,
        sameOutcome: { count: same, share: share(same, records) },
        victimLikely: { ...t, percentAgreement: percentAgreement(t), kappa: cohensKappa(t) },
        disagreements: records - same,
        reasons: reasons.filter((x) => x.count > 0),
      };
    }),
  };
}

/**
 * The other set's exceptions on the same facts as this one (its own child-age rule, say); failing
 * that, any that looks at one of them. As findDisagreements names them.
 */
function related(w: WaiverDef, other: IndicatorSet): string[] {
  const used = factsIn(w.when);
  const facts = (x: WaiverDef) => factsIn(x.when);
  const same = other.rules.waiver.filter(
    (x) => facts(x).length === used.length && facts(x).every((f) => used.includes(f)),
  );
  const found = same.length ? same : other.rules.waiver.filter((x) => facts(x).some((f) => used.includes(f)));
  return found.map((x) => x.id);
}

/** Numbers in numeric order, then text; "unknown" last. */
function compareValues(a: string, b: string): number {
  if (a === 'unknown' || b === 'unknown') return a === b ? 0 : a === 'unknown' ? 1 : -1;
  const x = Number(a);
  const y = Number(b);
  if (Number.isFinite(x) && Number.isFinite(y)) return x - y;
  return a < b ? -1 : a > b ? 1 : 0;
}
