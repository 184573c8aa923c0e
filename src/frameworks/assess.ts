/**
 * Scores one interview under several frameworks: each framework's answers are derived through the
 * crosswalk and assessed by the same engine, then every pair whose outcomes differ is explained.
 */
import { assess, type Assessment, type FactInput } from '../core/engine.js';
import type { AnswerValue } from '../core/schema.js';
import type { LoadedSet } from '../sets/load-set.js';
import { deriveFramework, type InterviewAnswers } from './derive.js';
import { findDisagreements, type Disagreement } from './disagreements.js';
import { loadCrosswalk, type Crosswalk } from './load-crosswalk.js';
import { frameworkSet } from './select.js';

export interface FrameworkResult {
  id: string;
  loaded: LoadedSet;
  /** The framework's answers, keyed by its own item ids. */
  answers: Record<string, AnswerValue>;
  /** For each item answered yes, the interview questions answered yes for it. */
  evidence: Record<string, string[]>;
  assessment: Assessment;
}

export interface FrameworksAssessment {
  primary: string;
  facts: Record<string, FactInput>;
  results: FrameworkResult[];
  disagreements: Disagreement[];
}

export function assessFrameworks(
  ids: string[],
  facts: Record<string, FactInput>,
  interviewAnswers: InterviewAnswers,
  cw: Crosswalk = loadCrosswalk(),
): FrameworksAssessment {
  const results = ids.map((id): FrameworkResult => {
    const loaded = frameworkSet(cw, id);
    const { answers, evidence } = deriveFramework(cw, id, facts, interviewAnswers);
    return { id, loaded, answers, evidence, assessment: assess(loaded.compiled, { facts, answers }) };
  });
  return {
    primary: cw.primary.set.id,
    facts,
    results,
    disagreements: findDisagreements(cw, results, facts),
  };
}
