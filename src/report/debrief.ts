/**
 * Compares a trainee's codings with the expert's. Pure: the caller passes the times in.
 *
 * Scoring rule (documented for trainers in the README): every question in the expert's
 * questionnaire for this person is an item. An item agrees when the trainee gave exactly the
 * expert's coding; an item the trainee never reached (finished early, or skipped because of a
 * wrong fact) does not agree. The score out of 100 is
 *   60 x (share of decisive items agreed) + 30 x (share of other items agreed) + 10 x (outcome right),
 * where the outcome is right when the trainee's codings lead the scorer to the expert's outcome.
 * When a scenario has no other items their 30 points are shared out over the rest in proportion.
 */
import { assess, type CompiledSet } from '../core/engine.js';
import type { Element, Outcome, Text } from '../core/schema.js';
import { codingKey, expertCodings, rationaleFor, type Codings, type FactCoding } from './expert.js';
import { questionnaire, type Question } from '../core/questionnaire.js';
import type { Scenario } from '../core/scenario-schema.js';

export const WEIGHTS = { decisive: 60, other: 30, outcome: 10 } as const;

export interface ItemComparison {
  kind: 'fact' | 'indicator';
  id: string;
  element: Element | null;
  expert: FactCoding;
  /** null: the trainee never reached this question. */
  trainee: FactCoding | null;
  agree: boolean;
  decisive: boolean;
  /** The expert's reason, when the scenario gives one. */
  rationale: Text | null;
}

export interface Part {
  agreed: number;
  total: number;
}

export interface Score {
  total: number;
  decisive: Part;
  other: Part;
  outcome: boolean;
}

export interface Debrief {
  scenarioId: string;
  outcomes: { trainee: Outcome; expert: Outcome; expected: Outcome };
  items: ItemComparison[];
  disagreements: ItemComparison[];
  /** Decisive items the trainee skipped or coded differently, in questionnaire order. */
  decisiveMissed: ItemComparison[];
  score: Score;
  durationSeconds: number;
  finishedEarly: boolean;
}

export interface DebriefInput {
  scenario: Scenario;
  compiled: CompiledSet;
  trainee: Codings;
  startedAt: Date;
  finishedAt: Date;
  finishedEarly: boolean;
}

export function debrief(input: DebriefInput): Debrief {
  const { scenario, compiled, trainee } = input;
  const expert = expertCodings(scenario, compiled.set);
  const decisive = new Set(scenario.debrief.decisive);
  const items = questionnaire(compiled, expert).map((q) => compare(q, scenario, expert, trainee, decisive));
  const outcomes = {
    trainee: assess(compiled, trainee).outcome,
    expert: assess(compiled, expert).outcome,
    expected: scenario.expected.outcome,
  };
  const part = (list: ItemComparison[]): Part => ({
    agreed: list.filter((i) => i.agree).length,
    total: list.length,
  });
  const score = scoreOf(
    part(items.filter((i) => i.decisive)),
    part(items.filter((i) => !i.decisive)),
    outcomes.trainee === outcomes.expert,
  );
  const disagreements = items.filter((i) => !i.agree);
  return {
    scenarioId: scenario.id,
    outcomes,
    items,
    disagreements,
    decisiveMissed: disagreements.filter((i) => i.decisive),
    score,
    durationSeconds: Math.max(0, Math.round((input.finishedAt.getTime() - input.startedAt.getTime()) / 1000)),
    finishedEarly: input.finishedEarly,
  };
}

function compare(
  q: Question,
  scenario: Scenario,
  expert: Codings,
  trainee: Codings,
  decisive: Set<string>,
): ItemComparison {
  const expertValue: FactCoding = q.kind === 'fact' ? expert.facts[q.id]! : expert.answers[q.id]!;
  const traineeValue: FactCoding | undefined =
    q.kind === 'fact' ? trainee.facts[q.id] : trainee.answers[q.id];
  return {
    kind: q.kind,
    id: q.id,
    element: q.kind === 'indicator' ? q.element : null,
    expert: expertValue,
    trainee: traineeValue ?? null,
    agree: traineeValue !== undefined && codingKey(traineeValue) === codingKey(expertValue),
    decisive: decisive.has(q.id),
    rationale: rationaleFor(scenario, q) ?? null,
  };
}

export function scoreOf(decisive: Part, other: Part, outcome: boolean): Score {
  const parts: [number, number][] = [[WEIGHTS.outcome, outcome ? 1 : 0]];
  if (decisive.total) parts.push([WEIGHTS.decisive, decisive.agreed / decisive.total]);
  if (other.total) parts.push([WEIGHTS.other, other.agreed / other.total]);
  const weight = parts.reduce((s, [w]) => s + w, 0);
  const total = Math.round((100 * parts.reduce((s, [w, f]) => s + w * f, 0)) / weight);
  return { total, decisive, other, outcome };
}
