/**
 * The order of an interview, recomputed after every answer because skip logic can add or remove
 * questions: safety first, the opening script, the questions of the set (core/questionnaire.ts),
 * then the review.
 */
import type { CompiledSet } from '../core/engine.js';
import { questionKey, questionnaire, type Question } from '../core/questionnaire.js';
import type { Element } from '../core/vocabulary.js';
import type { Session } from '../io/session.js';

export type Step = { kind: 'safety' } | { kind: 'opening' } | Question | { kind: 'review' };
export type QuestionStep = Extract<Step, { kind: 'fact' | 'indicator' }>;

export type Section = 'start' | 'facts' | Element | 'review';

/** Where an interview stands, as saved in the session's cursor: a question's key, or the step's kind. */
export const stepKey = (s: Step): string =>
  s.kind === 'fact' || s.kind === 'indicator' ? questionKey(s) : s.kind;

/** Sessions saved by earlier versions keyed indicators "ind:<id>". */
export const readCursor = (cursor: string | undefined): string | undefined =>
  cursor?.startsWith('ind:') ? `indicator:${cursor.slice(4)}` : cursor;

export const isQuestion = (s: Step): s is QuestionStep => s.kind === 'fact' || s.kind === 'indicator';

/**
 * An indicator the session has no answer to ("don't know" is an answer). Facts are not counted:
 * an unknown fact is saved as no value, so it cannot be told from one never asked.
 */
export const unansweredIn =
  (session: Pick<Session, 'answers'>) =>
  (s: Step): boolean =>
    s.kind === 'indicator' && session.answers[s.id] === undefined;

export const sectionOf = (s: Step): Section =>
  s.kind === 'indicator' ? s.element : s.kind === 'fact' ? 'facts' : s.kind === 'review' ? 'review' : 'start';

export function planSteps(cs: CompiledSet, session: Pick<Session, 'facts' | 'answers'>): Step[] {
  return [
    { kind: 'safety' },
    { kind: 'opening' },
    ...questionnaire(cs, { facts: session.facts, answers: session.answers }),
    { kind: 'review' },
  ];
}
