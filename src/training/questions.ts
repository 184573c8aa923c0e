/**
 * The order a trainee is asked in, as the real questionnaire would: facts first, then the set's
 * indicators by element (act, means, purpose), leaving out what the set says not to ask given
 * the codings so far. Recomputed after every coding, because skip logic reads earlier codings.
 */
import { F } from '../core/condition.js';
import { encodeInput, newContext, run, type CompiledSet, type ScreeningInput } from '../core/engine.js';
import { ELEMENTS, type Element } from '../core/schema.js';

export type Question = { kind: 'fact'; id: string } | { kind: 'indicator'; id: string; element: Element };

export const questionKey = (q: Question): string => `${q.kind}:${q.id}`;

export function questionnaire(cs: CompiledSet, input: ScreeningInput): Question[] {
  const { state, facts } = encodeInput(cs, input);
  const ctx = newContext(state, facts);
  run(cs, ctx);
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
