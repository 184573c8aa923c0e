import { describe, expect, it } from 'vitest';
import { newSession } from '../../src/io/session.js';
import { loadSet } from '../../src/io/load-set.js';
import {
  afterAnswer,
  back,
  changeAnswer,
  currentStep,
  cursorOf,
  isDone,
  startAt,
  toReview,
  toUnanswered,
} from '../../src/interview/navigator.js';
import { planSteps, readCursor, stepKey, type Step } from '../../src/interview/steps.js';
import { startInterview, screen } from './drive.js';

const q = (id: string, element: 'act' | 'means' | 'purpose' = 'act'): Step => ({
  kind: 'indicator',
  id,
  element,
});
const plan: Step[] = [
  { kind: 'safety' },
  { kind: 'opening' },
  { kind: 'fact', id: 'age' },
  q('a1'),
  q('a2'),
  q('m1', 'means'),
  { kind: 'review' },
];
const keys = (steps: Step[]) => steps.map(stepKey);

describe('the interview navigator', () => {
  it('starts at the saved cursor, or at the first step when the cursor is not planned', () => {
    expect(currentStep(startAt(plan, 'indicator:a2'))).toEqual(q('a2'));
    expect(currentStep(startAt(plan, 'indicator:gone')).kind).toBe('safety');
    expect(currentStep(startAt(plan, undefined)).kind).toBe('safety');
  });

  it('goes back one step, but never back past the opening to the safety question', () => {
    expect(currentStep(back(startAt(plan, 'indicator:a2')))).toEqual(q('a1'));
    expect(currentStep(back(startAt(plan, 'fact:age')))).toEqual({ kind: 'fact', id: 'age' });
    expect(currentStep(back(startAt(plan, 'opening')))).toEqual({ kind: 'fact', id: 'age' });
  });

  it('moves to the step after the one answered in the recomputed plan', () => {
    // Answering a1 removed a2 (skip logic): the next step is m1, in a new section.
    const replanned = plan.filter((s) => stepKey(s) !== 'indicator:a2');
    const { position, newSection } = afterAnswer(startAt(plan, 'indicator:a1'), replanned);
    expect(currentStep(position)).toEqual(q('m1', 'means'));
    expect(newSection).toBe(true);
    expect(afterAnswer(startAt(plan, 'fact:age'), plan).newSection).toBe(true);
    expect(afterAnswer(startAt(plan, 'indicator:a1'), plan).newSection).toBe(false);
    // Leaving the opening starts the questions; no orientation before any answer.
    expect(afterAnswer(startAt(plan, 'opening'), plan).newSection).toBe(false);
  });

  it('returns to the review after an answer changed from it, once', () => {
    const changing = changeAnswer(toReview(startAt(plan, 'indicator:a1')), 'fact:age');
    expect(currentStep(changing)).toEqual({ kind: 'fact', id: 'age' });
    const { position } = afterAnswer(changing, plan);
    expect(currentStep(position).kind).toBe('review');
    expect(position.returnToReview).toBe(false);
    const next = afterAnswer(startAt(plan, 'fact:age'), plan).position;
    expect(currentStep(next)).toEqual(q('a1'));
  });

  it('is done after the last step, and saves the last step as the cursor then', () => {
    const end = afterAnswer(startAt(plan, 'review'), plan).position;
    expect(isDone(end)).toBe(true);
    expect(cursorOf(end)).toBe('review');
    expect(keys(plan)).toContain(cursorOf(startAt(plan, 'indicator:m1')));
  });
});

describe('the unanswered questions, from the review', () => {
  // a1 and m1 answered; a2 not.
  const answered = new Set(['indicator:a1', 'indicator:m1']);
  const open = (s: Step) => s.kind === 'indicator' && !answered.has(stepKey(s));

  it('goes from the review to the first unanswered question, then back to the review', () => {
    const at = toUnanswered(toReview(startAt(plan, 'indicator:a1')), open);
    expect(currentStep(at)).toEqual(q('a2'));
    answered.add('indicator:a2');
    const { position } = afterAnswer(at, plan, open);
    expect(currentStep(position).kind).toBe('review');
    answered.delete('indicator:a2');
  });

  it('skips the answered questions between two unanswered ones', () => {
    const two = new Set(['indicator:a1']);
    const open2 = (s: Step) => s.kind === 'indicator' && !two.has(stepKey(s));
    const at = toUnanswered(toReview(startAt(plan, 'indicator:a1')), open2);
    expect(currentStep(at)).toEqual(q('a2'));
    two.add('indicator:a2');
    const next = afterAnswer(at, plan, open2).position;
    expect(currentStep(next)).toEqual(q('m1', 'means'));
    expect(next.unansweredOnly).toBe(true);
  });

  it('stays on the review when nothing is unanswered', () => {
    expect(currentStep(toUnanswered(startAt(plan, 'review'), () => false)).kind).toBe('review');
  });

  it('resumes a session saved on the review at its first unanswered question', () => {
    expect(currentStep(startAt(plan, 'review', open))).toEqual(q('a2'));
    expect(currentStep(startAt(plan, 'review', () => false)).kind).toBe('review');
    // Without the question, as before: the saved step.
    expect(currentStep(startAt(plan, 'review')).kind).toBe('review');
  });
});

describe('cursors saved by earlier versions', () => {
  it('reads an "ind:" cursor as the indicator it names', () => {
    expect(readCursor('ind:nhrck16.act.recruitment')).toBe('indicator:nhrck16.act.recruitment');
    expect(readCursor('fact:age')).toBe('fact:age');
    expect(readCursor(undefined)).toBeUndefined();
  });

  it('resumes a session saved with an "ind:" cursor at that question', async () => {
    const loaded = loadSet();
    const session = newSession({ set: 'nhrck-2016', lang: 'en', now: new Date('2026-11-01T10:00:00Z') });
    Object.assign(session, { danger: 'no', openingDone: true });
    const target = planSteps(loaded.compiled, session).find(
      (s) => s.kind === 'indicator' && s.element === 'means',
    )!;
    if (target.kind !== 'indicator') throw new Error('no means item');
    session.cursor = `ind:${target.id}`;
    const d = startInterview(session);
    expect(d.session.cursor).toBe(`indicator:${target.id}`);
    expect(d.output()).toContain(loaded.set.indicators.find((i) => i.id === target.id)!.question.en);
    screen.keypress('p');
    expect((await d.end).status).toBe('paused');
  });
});
