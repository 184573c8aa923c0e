/**
 * The fixed words of the model, each listed once: the three elements of trafficking, the answer
 * states, the outcomes (weakest first, so an outcome's index is its rank) and the engine's rule
 * slots. Every other module takes its orders from here.
 */
export const ELEMENTS = ['act', 'means', 'purpose'] as const;
export type Element = (typeof ELEMENTS)[number];

export const ANSWER_VALUES = ['yes', 'no', 'unknown', 'declined'] as const;
export type AnswerValue = (typeof ANSWER_VALUES)[number];

/** What the engine finds for an element or a rule. */
export const STATUSES = ['met', 'not-met', 'unknown'] as const;
export type Status = (typeof STATUSES)[number];

/** Weakest first: the index of an outcome is its rank. */
export const OUTCOMES = ['no-indicators', 'insufficient-information', 'possible', 'victim-likely'] as const;
export type Outcome = (typeof OUTCOMES)[number];
/** The order in which outcomes are listed to a reader: the strongest first. */
export const OUTCOMES_STRONGEST_FIRST: readonly Outcome[] = [...OUTCOMES].reverse();
export const TOP_RANK = OUTCOMES.length - 1;

export const OUTCOME_RANK: ReadonlyMap<string, number> = new Map(OUTCOMES.map((o, i) => [o, i]));
export const outcomeRank = (o: Outcome): number => OUTCOME_RANK.get(o)!;

/** Rule slots in evaluation order; statute (the statutory rules of the set) comes last. */
export const RULE_NAMES = ['act', 'means', 'purpose', 'waiver', 'combination', 'statute'] as const;
export type RuleName = (typeof RULE_NAMES)[number];
/** The slot of each rule in an evaluation context's rules array; the elements come first, in ELEMENTS order. */
export const RULE = {
  act: 0,
  means: 1,
  purpose: 2,
  waiver: 3,
  combination: 4,
  statute: 5,
} as const satisfies Record<RuleName, number>;

export const DATE_PRECISIONS = ['year', 'month', 'day'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** How precise a sourceDate is: what is written ('2009' is a year, not 1 January 2009). */
export function datePrecision(date: string): DatePrecision {
  const parts = date.split('-').length;
  return parts === 1 ? 'year' : parts === 2 ? 'month' : 'day';
}
