/**
 * The expert side of a scenario: the codings an expert gives every question, and what the
 * simulated person says when asked. A question the scenario does not list gets a neutral reply
 * and the coding "unknown": the person did not say, and unknown is never the same as no.
 */
import { parseNumberFact } from '../core/age.js';
import type { NumberRange } from '../core/condition.js';
import type { AnswerValue, IndicatorSet, Text } from '../core/schema.js';
import { NEUTRAL_REPLY, type Scenario } from '../core/scenario-schema.js';
import type { Question } from '../core/questionnaire.js';

export type FactCoding = number | string | NumberRange;

/** One coding as a comparable key: a range by its ends, anything else as written. */
export const codingKey = (v: FactCoding): string =>
  typeof v === 'object' ? (v.min === v.max ? String(v.min) : `${v.min}-${v.max}`) : String(v);
type QuestionRef = Pick<Question, 'kind' | 'id'>;

export interface Codings {
  facts: Record<string, FactCoding>;
  answers: Record<string, AnswerValue>;
}

/** Every fact and indicator of the set, coded as the expert would. */
export function expertCodings(scenario: Scenario, set: IndicatorSet): Codings {
  const facts: Record<string, FactCoding> = {};
  for (const f of set.facts) {
    const value = scenario.person.facts[f.id]?.value ?? 'unknown';
    // A number fact as the engine reads it: "17-19" or "about 18" becomes a range.
    facts[f.id] =
      f.type === 'number' ? (parseNumberFact(value, f.min ?? -Infinity, f.max ?? Infinity) ?? value) : value;
  }
  const answers: Record<string, AnswerValue> = {};
  for (const ind of set.indicators) answers[ind.id] = scenario.replies[ind.id]?.coding ?? 'unknown';
  return { facts, answers };
}

/** What the person says to a question, in every language the scenario has. */
export function replyTo(scenario: Scenario, q: QuestionRef): Text {
  const listed = q.kind === 'fact' ? scenario.person.facts[q.id] : scenario.replies[q.id];
  return listed?.reply ?? scenario.person.defaultReply ?? NEUTRAL_REPLY;
}

/** Why the expert coded a question as they did, when the scenario says. */
export function rationaleFor(scenario: Scenario, q: QuestionRef): Text | undefined {
  return q.kind === 'fact' ? scenario.person.facts[q.id]?.rationale : scenario.replies[q.id]?.rationale;
}
