/**
 * A framework's answers, derived from one interview through the crosswalk. An item is yes if any
 * question mapped to it was answered yes, no if all were answered no, declined if all were
 * declined, and unknown otherwise. A question the primary set itself skips (its askWhen rules it
 * out) is left out, so it neither confirms nor blocks anything.
 */
import { F, ST } from '../core/condition.js';
import { encodeInput, newContext, run, type FactInput } from '../core/engine.js';
import type { AnswerValue } from '../core/schema.js';
import { loadCrosswalk, type Crosswalk } from './load-crosswalk.js';
import { frameworkSet } from './select.js';

export type InterviewAnswers = Record<string, AnswerValue | undefined>;

export interface Derived {
  answers: Record<string, AnswerValue>;
  /** For each item answered yes, the interview questions that were answered yes for it. */
  evidence: Record<string, string[]>;
}

export function answersForFramework(
  frameworkId: string,
  interviewAnswers: InterviewAnswers,
  options: { facts?: Record<string, FactInput>; crosswalk?: Crosswalk } = {},
): Record<string, AnswerValue> {
  const cw = options.crosswalk ?? loadCrosswalk();
  return deriveFramework(cw, frameworkId, options.facts ?? {}, interviewAnswers).answers;
}

export function deriveFramework(
  cw: Crosswalk,
  frameworkId: string,
  facts: Record<string, FactInput>,
  interview: InterviewAnswers,
): Derived {
  const set = frameworkSet(cw, frameworkId).set;
  const answers: Record<string, AnswerValue> = {};
  const evidence: Record<string, string[]> = {};
  const entry = cw.frameworks.get(frameworkId);
  const skipped = skippedPrimaryQuestions(cw, facts, interview);
  const primaryIds = new Set(cw.primary.set.indicators.map((i) => i.id));

  for (const item of set.indicators) {
    // The primary set's own items, and items the crosswalk does not map, are asked directly.
    const from = entry?.items.get(item.id)?.from ?? [item.id];
    const used = from.filter((q) => !(primaryIds.has(q) && skipped.has(q)));
    const states = used.map((q) => interview[q]);
    const value = combine(states);
    if (value === undefined) continue;
    answers[item.id] = value;
    if (value === 'yes') evidence[item.id] = used.filter((q) => interview[q] === 'yes');
  }
  return { answers, evidence };
}

export function combine(states: (AnswerValue | undefined)[]): AnswerValue | undefined {
  if (states.length === 0) return undefined;
  if (states.includes('yes')) return 'yes';
  if (states.every((s) => s === 'no')) return 'no';
  if (states.every((s) => s === 'declined')) return 'declined';
  if (states.every((s) => s === undefined)) return undefined;
  return 'unknown';
}

/** Primary questions left unanswered because the primary set's skip logic rules them out. */
function skippedPrimaryQuestions(
  cw: Crosswalk,
  facts: Record<string, FactInput>,
  interview: InterviewAnswers,
): Set<string> {
  const cs = cw.primary.compiled;
  const { state, facts: encoded } = encodeInput(cs, { facts, answers: interview });
  const ctx = newContext(state, encoded);
  run(cs, ctx);
  const out = new Set<string>();
  cs.set.indicators.forEach((ind, i) => {
    if (state[i] === ST.missing && ctx.tv[i] === F) out.add(ind.id);
  });
  return out;
}
