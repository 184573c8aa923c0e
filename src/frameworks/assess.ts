/**
 * Scores one interview under several frameworks: each framework's answers are derived through the
 * crosswalk and assessed by the same engine, then every pair whose outcomes differ is explained,
 * the element statuses are compared, and each answer counted for a second element is noted.
 */
import { assess, type FactInput } from '../core/engine.js';
import { elementDifferences, type ElementDifference } from './agreement.js';
import { deriveFramework, type InterviewAnswers } from './derive.js';
import { findDisagreements, type Disagreement } from './disagreements.js';
import type { Crosswalk } from './crosswalk-schema.js';
import { reuseNotes, type ReuseNote } from './reuse.js';
import { frameworkSet } from './select.js';
import type { FrameworkResult } from './result.js';

export type { FrameworkResult } from './result.js';

export interface FrameworksAssessment {
  primary: string;
  facts: Record<string, FactInput>;
  results: FrameworkResult[];
  disagreements: Disagreement[];
  /** Elements (and the means waiver) whose status is not the same under every framework. */
  elementDifferences: ElementDifference[];
  /** Elements that rest on, or are denied, an answer already counted for another element. */
  reuse: ReuseNote[];
}

export function assessFrameworks(
  ids: string[],
  facts: Record<string, FactInput>,
  interviewAnswers: InterviewAnswers,
  cw: Crosswalk,
): FrameworksAssessment {
  const results = ids.map((id): FrameworkResult => {
    const loaded = frameworkSet(cw, id);
    const { answers, evidence, reused } = deriveFramework(cw, id, facts, interviewAnswers);
    return { id, loaded, answers, evidence, reused, assessment: assess(loaded.compiled, { facts, answers }) };
  });
  return {
    primary: cw.primary.set.id,
    facts,
    results,
    disagreements: findDisagreements(cw, results, facts),
    elementDifferences: elementDifferences(results),
    reuse: reuseNotes(cw, results),
  };
}
