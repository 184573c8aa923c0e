/**
 * A framework's answers, derived from one interview through the crosswalk. An item is yes if any
 * question mapped to it was answered yes, no if all were answered no, declined if all were
 * declined, and unknown otherwise. A question the primary set itself skips (its askWhen rules it
 * out) is left out, so it neither confirms nor blocks anything.
 *
 * A yes counts once per element: where a question establishes items of two elements of the
 * framework, the items outside the element that gets it (see load-crosswalk.ts) take that yes as
 * unknown, evidence already used, unless their mapping is marked dualUse. Each such use is listed
 * in `reused`.
 */
import type { FactInput } from '../core/engine.js';
import { skippedIndicators } from '../core/questionnaire.js';
import type { AnswerValue, Element } from '../core/schema.js';
import type { Crosswalk } from './crosswalk-schema.js';
import { frameworkSet } from './select.js';

export type InterviewAnswers = Record<string, AnswerValue | undefined>;

export interface Derived {
  answers: Record<string, AnswerValue>;
  /** For each item answered yes, the interview questions that were answered yes for it. */
  evidence: Record<string, string[]>;
  /**
   * Each yes that also counts for an item of another element than the one it is used for: with
   * dualUse the item counts it (and lists it in its evidence), without it the item takes it as
   * unknown.
   */
  reused: Reuse[];
}

export interface Reuse {
  /** The framework item that the answer also establishes. */
  item: string;
  /** The interview question answered yes. */
  source: string;
  /** The element the answer counts for in the first place. */
  usedFor: Element;
  /** Whether the crosswalk marks the item's mapping dual-use, so the answer counts for it too. */
  dualUse: boolean;
}

export function answersForFramework(
  frameworkId: string,
  interviewAnswers: InterviewAnswers,
  options: { facts?: Record<string, FactInput>; crosswalk: Crosswalk },
): Record<string, AnswerValue> {
  return deriveFramework(options.crosswalk, frameworkId, options.facts ?? {}, interviewAnswers).answers;
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
  const reused: Reuse[] = [];
  const entry = cw.frameworks.get(frameworkId);
  // Primary questions left unanswered because the primary set's skip logic rules them out.
  const skipped = skippedIndicators(cw.primary.compiled, { facts, answers: interview });
  const primaryIds = new Set(cw.primary.set.indicators.map((i) => i.id));

  for (const item of set.indicators) {
    // The primary set's own items, and items the crosswalk does not map, are asked directly.
    const from = entry?.items.get(item.id)?.from ?? [item.id];
    const used = from.filter((q) => !(primaryIds.has(q) && skipped.has(q)));
    const reuse = entry?.reuse.get(item.id);
    const states = used.map((q): AnswerValue | undefined => {
      const r = reuse?.get(q);
      if (!r || interview[q] !== 'yes') return interview[q];
      reused.push({ item: item.id, source: q, ...r });
      // A yes already used for another element is still evidence: unknown, never no.
      return r.dualUse ? 'yes' : 'unknown';
    });
    const value = combine(states);
    if (value === undefined) continue;
    answers[item.id] = value;
    if (value === 'yes') evidence[item.id] = used.filter((_, k) => states[k] === 'yes');
  }
  return { answers, evidence, reused };
}

export function combine(states: (AnswerValue | undefined)[]): AnswerValue | undefined {
  if (states.length === 0) return undefined;
  if (states.includes('yes')) return 'yes';
  if (states.every((s) => s === 'no')) return 'no';
  if (states.every((s) => s === 'declined')) return 'declined';
  if (states.every((s) => s === undefined)) return undefined;
  return 'unknown';
}
