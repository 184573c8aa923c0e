/**
 * The order of an interview, recomputed after every answer because skip logic can add or remove
 * questions: safety first, the opening script, the facts, then the indicators by element.
 */
import { F } from '../core/condition.js';
import { encodeInput, newContext, run, type CompiledSet } from '../core/engine.js';
import type { Element } from '../core/schema.js';
import type { Session } from '../io/session.js';
import { ELEMENTS } from '../core/vocabulary.js';

export type Step =
  | { kind: 'safety' }
  | { kind: 'opening' }
  | { kind: 'fact'; id: string }
  | { kind: 'indicator'; id: string; element: Element }
  | { kind: 'review' };

export type Section = 'start' | 'facts' | Element | 'review';

export const stepKey = (s: Step): string =>
  s.kind === 'fact' ? `fact:${s.id}` : s.kind === 'indicator' ? `ind:${s.id}` : s.kind;

export const sectionOf = (s: Step): Section =>
  s.kind === 'indicator' ? s.element : s.kind === 'fact' ? 'facts' : s.kind === 'review' ? 'review' : 'start';

export function planSteps(cs: CompiledSet, session: Pick<Session, 'facts' | 'answers'>): Step[] {
  const { state, facts } = encodeInput(cs, { facts: session.facts, answers: session.answers });
  const ctx = newContext(state, facts);
  run(cs, ctx);
  const steps: Step[] = [{ kind: 'safety' }, { kind: 'opening' }];
  cs.set.facts.forEach((f, i) => {
    const ask = cs.factAskWhen[i];
    if (ask === undefined || ask(ctx) !== F) steps.push({ kind: 'fact', id: f.id });
  });
  for (const element of ELEMENTS)
    cs.set.indicators.forEach((ind, i) => {
      if (ind.element !== element) return;
      const ask = cs.askWhen[i];
      if (ask === undefined || ask(ctx) !== F) steps.push({ kind: 'indicator', id: ind.id, element });
    });
  steps.push({ kind: 'review' });
  return steps;
}
