/**
 * One framework's result for one interview. Its own module: the comparisons between frameworks
 * (agreement, disagreements, reuse) read it, and the assessment that builds it calls them.
 */
import type { Assessment } from '../core/engine.js';
import type { AnswerValue } from '../core/schema.js';
import type { LoadedSet } from '../core/loaded-set.js';
import type { Reuse } from './derive.js';

export interface FrameworkResult {
  id: string;
  loaded: LoadedSet;
  /** The framework's answers, keyed by its own item ids. */
  answers: Record<string, AnswerValue>;
  /** For each item answered yes, the interview questions answered yes for it. */
  evidence: Record<string, string[]>;
  /** Answers that also establish an item of another element than the one they count for. */
  reused: Reuse[];
  assessment: Assessment;
}
