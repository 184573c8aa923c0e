/**
 * The `batch --frameworks` part of the summary document: outcomes per framework, and for every
 * pair of frameworks how far they agree and why their outcomes differ. Counts only.
 */
import type { Element, IndicatorSet, Outcome, WaiverDef } from '../core/schema.js';
import { ELEMENTS, OUTCOMES } from '../core/vocabulary.js';
import { bilingual, conditionText, factsIn, type Bilingual } from '../frameworks/describe.js';
import { pick } from '../base/i18n.js';
import { cohensKappa, percentAgreement, type Agreement2x2 } from './stats.js';
import { FrameworksLayout, REASON_OTHER, REASON_WAIVERS, type FrameworksData } from './batch-counts.js';
import {
  elementCounts,
  outcomeShares,
  share,
  sum,
  validation,
  VICTIM_LIKELY,
  waiverCounts,
  type ElementCounts,
  type OutcomeCounts,
  type OutcomeShares,
  type Validation,
  type WaiverCounts,
} from './batch-shares.js';
import { OUTCOMES_STRONGEST_FIRST } from '../core/vocabulary.js';

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

export interface PairAgreement {
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
}

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
  agreement: PairAgreement[];
}

export function frameworksSummary(
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
    agreement: layout.pairs.map(([i, j], q) =>
      pairAgreement(sets[i]!, sets[j]!, f, q, layout.reasonOffset[q]!),
    ),
  };
}

/** Pair q (frameworks a and b): its crosstab, agreement on "victim likely" and the reasons. */
function pairAgreement(
  a: IndicatorSet,
  b: IndicatorSet,
  f: FrameworksData,
  q: number,
  reasonAt: number,
): PairAgreement {
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
  const reasons = pairReasons(a, b, (k) => f.reasons[reasonAt + k]!);
  return {
    frameworks: [a.id, b.id] as [string, string],
    records,
    crosstab,
    sameOutcome: { count: same, share: share(same, records) },
    victimLikely: { ...t, percentAgreement: percentAgreement(t), kappa: cohensKappa(t) },
    disagreements: records - same,
    reasons: reasons.filter((x) => x.count > 0),
  };
}

/** Every reason a pair's outcomes can differ, in the order the counts are laid out. */
function pairReasons(a: IndicatorSet, b: IndicatorSet, r: (k: number) => number): PairReason[] {
  return [
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
