/**
 * Which questions a record is asked: the set's facts first, then its indicators by element (act,
 * means, purpose), leaving out what the set's skip logic (askWhen) rules out given the answers so
 * far. The interview, the training flow, the frameworks plan and the derivation of a framework's
 * answers all take it from here. Recomputed after every answer, because skip logic reads earlier
 * answers.
 */
import { F, ST, type EvalContext } from './condition.js';
import type { CompiledSet } from './compile.js';
import { encodeInput, newContext, run, type ScreeningInput } from './run.js';
import { ELEMENTS, type Element } from './vocabulary.js';

export type Question = { kind: 'fact'; id: string } | { kind: 'indicator'; id: string; element: Element };

/** A question's key, as saved in sessions and results: "fact:age", "indicator:act.recruit". */
export const questionKey = (q: { kind: 'fact' | 'indicator'; id: string }): string => `${q.kind}:${q.id}`;

/** The record run once, so that skip conditions can be read. */
export function skipContext(cs: CompiledSet, input: ScreeningInput): EvalContext {
  const { state, facts } = encodeInput(cs, input);
  const ctx = newContext(state, facts);
  run(cs, ctx);
  return ctx;
}

/** Whether a fact or indicator of the set is asked, on a context from skipContext. */
export function isAsked(cs: CompiledSet, ctx: EvalContext, kind: 'fact' | 'indicator', id: string): boolean {
  const ask =
    kind === 'fact' ? cs.factAskWhen[cs.factIndex.get(id)!] : cs.askWhen[cs.indicatorIndex.get(id)!];
  return ask === undefined || ask(ctx) !== F;
}

/** The questions asked, in order. */
export function questionnaire(cs: CompiledSet, input: ScreeningInput): Question[] {
  const ctx = skipContext(cs, input);
  const out: Question[] = [];
  cs.set.facts.forEach((f, i) => {
    const ask = cs.factAskWhen[i];
    if (ask === undefined || ask(ctx) !== F) out.push({ kind: 'fact', id: f.id });
  });
  for (const element of ELEMENTS)
    cs.set.indicators.forEach((ind, i) => {
      if (ind.element !== element) return;
      const ask = cs.askWhen[i];
      if (ask === undefined || ask(ctx) !== F) out.push({ kind: 'indicator', id: ind.id, element });
    });
  return out;
}

/** Indicators left unanswered because the skip logic rules them out. */
export function skippedIndicators(cs: CompiledSet, input: ScreeningInput): Set<string> {
  const ctx = skipContext(cs, input);
  const out = new Set<string>();
  cs.set.indicators.forEach((ind, i) => {
    if (ctx.state[i] === ST.missing && ctx.tv[i] === F) out.add(ind.id);
  });
  return out;
}
