/**
 * Where an interview is, and where each move takes it: a pure state machine over the planned
 * steps (state, move → state). The loop in run-interview.ts asks the screens, then moves here;
 * nothing here prompts, prints or saves.
 */
import { sectionOf, stepKey, type Step } from './steps.js';

export interface Position {
  steps: Step[];
  index: number;
  /** After an answer changed from the review screen, the next move goes back to the review. */
  returnToReview: boolean;
  /**
   * Chosen on the review: only the questions still without an answer, one after another, then
   * the review again.
   */
  unansweredOnly?: boolean;
}

/** Whether a step is a question still waiting for its answer. */
export type Unanswered = (s: Step) => boolean;

/**
 * The step a saved cursor names, or the first step when it names none that is planned. A session
 * saved on the review that still has unanswered questions goes on with those, not to the review.
 */
export function startAt(steps: Step[], cursor: string | undefined, unanswered?: Unanswered): Position {
  const index = Math.max(
    0,
    steps.findIndex((s) => stepKey(s) === cursor),
  );
  const at = { steps, index, returnToReview: false };
  return steps[index]?.kind === 'review' && unanswered ? toUnanswered(at, unanswered) : at;
}

/** From the review: the first question still without an answer (the review when there is none). */
export function toUnanswered(p: Position, unanswered: Unanswered): Position {
  const index = p.steps.findIndex(unanswered);
  if (index < 0) return toReview(p);
  return { ...p, index, returnToReview: false, unansweredOnly: true };
}

export const currentStep = (p: Position): Step => p.steps[p.index]!;

/** The cursor to save: the current step, or the last one when the plan has been passed. */
export const cursorOf = (p: Position): string => stepKey(p.steps[p.index] ?? p.steps[p.steps.length - 1]!);

export const isDone = (p: Position): boolean => p.index >= p.steps.length;

/** One step back; going back past the opening is pointless, so the safety question stays answered. */
export function back(p: Position): Position {
  let index = Math.max(0, p.index - 1);
  const step = p.steps[index]!;
  if (step.kind === 'opening' || step.kind === 'safety') index = Math.min(2, p.steps.length - 1);
  return { ...p, index };
}

export function toReview(p: Position): Position {
  return { ...p, index: p.steps.findIndex((s) => s.kind === 'review') };
}

/** From the review: change the answer to one question, then come back to the review. */
export function changeAnswer(p: Position, key: string): Position {
  return {
    ...p,
    index: Math.max(
      0,
      p.steps.findIndex((s) => stepKey(s) === key),
    ),
    returnToReview: true,
  };
}

/**
 * After the current step was answered: the plan recomputed (skip logic may have changed what
 * follows), the step after the one answered, and whether that starts a new section (the loop
 * then prints where the assessment stands).
 */
export function afterAnswer(
  p: Position,
  replanned: Step[],
  unanswered?: Unanswered,
): { position: Position; newSection: boolean } {
  const answered = currentStep(p);
  const key = stepKey(answered);
  const index = p.returnToReview ? replanned.length - 1 : replanned.findIndex((s) => stepKey(s) === key) + 1;
  const position: Position = { steps: replanned, index, returnToReview: false };
  if (p.unansweredOnly && unanswered) {
    // Still only the unanswered ones: the next of them after this one, else the review.
    const after = replanned.findIndex((s, i) => i >= index && unanswered(s));
    const rest = after >= 0 ? after : replanned.findIndex(unanswered);
    return {
      position: rest < 0 ? toReview(position) : { ...position, index: rest, unansweredOnly: true },
      newSection: false,
    };
  }
  const next = replanned[index];
  const before = sectionOf(answered);
  return { position, newSection: next !== undefined && sectionOf(next) !== before && before !== 'start' };
}
