/** What an assessment says: the shape returned by assess(), read by the report and by renderers. */
import type { FactValue } from './condition.js';
import type { Element, Outcome, Status } from './vocabulary.js';

export interface ThresholdResult {
  id: string | undefined;
  label: { ko: string; en: string } | undefined;
  need: number;
  yes: string[];
  open: string[];
  status: Status;
  /** How many more "yes" answers it needs (0 when met). */
  missing: number;
}

export interface ElementResult {
  status: Status;
  yes: string[];
  unknown: string[];
  declined: string[];
  thresholds: ThresholdResult[];
}

export type Reason =
  | { code: 'combination.met'; waived: boolean; indicators: string[] }
  | { code: 'element.met'; element: Element; indicators: string[] }
  | {
      code: 'element.not-met' | 'element.unknown';
      element: Element;
      thresholds: ThresholdResult[];
      indicators: string[];
    }
  | { code: 'statute.applied'; rule: string; indexHolds: boolean; indicators: string[] }
  | { code: 'statute.undecided'; rule: string; indicators: string[] }
  | { code: 'waiver.applied'; waiver: string; indicators: string[] }
  | {
      code: 'waiver.unknown';
      facts: string[];
      /** The waivers still undecided: means are not needed if one of them turns out to hold. */
      waivers: string[];
      indicators: string[];
    }
  | { code: 'outcome.possible' | 'outcome.insufficient' | 'outcome.no-indicators'; indicators: string[] };

export interface OpenQuestion {
  kind: 'indicator' | 'fact';
  id: string;
  element?: Element;
  state: 'unknown' | 'declined' | 'unanswered';
  /** The outcome a "yes" (or, for a fact, the named value) would lead to, when it raises it. */
  raisesTo: Outcome | null;
  /** Elements that this answer alone would complete. */
  completes: Element[];
  /** Elements still undecided whose threshold this answer would bring closer. */
  advances: Element[];
  /** For facts: the value tried and the waiver it would trigger. */
  value?: FactValue;
  via?: string;
}

export interface Assessment {
  set: { id: string; version: string; framework: string };
  outcome: Outcome;
  /**
   * What decided a victim-likely outcome: a statutory rule of the set (statute over index), or
   * the index rule; null for the other outcomes.
   */
  decidedBy: 'statute' | 'index' | null;
  /** The statutory rule that holds, if one does. */
  statute: string | null;
  /** The age decides the means waiver and is not established: ask it first. */
  ageToBeEstablished: boolean;
  /** How the set's tiered thresholds were read, and whether the tier split is reconstructed. */
  tiers: { reading: 'cumulative' | 'strict'; basis: 'official' | 'reconstructed' };
  elements: Record<Element, ElementResult>;
  combination: Status;
  meansWaived: boolean;
  waiverStatus: Status;
  waiverReason: string | null;
  reasons: Reason[];
  openQuestions: OpenQuestion[];
  unknown: string[];
  declined: string[];
  legal: string[];
  protection: string[];
  referrals: string[];
  /**
   * Items listed above only because their condition is still undecided; each is printed with its
   * set's ifUndecided text ("if the person is under 19").
   */
  conditional: { legal: string[]; protection: string[]; referrals: string[] };
}
