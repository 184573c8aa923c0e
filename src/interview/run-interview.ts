/**
 * The interview loop. It asks the screen for the current step, saves after every answer, moves
 * through the plan (navigator.ts), prints where the assessment stands after each section, and ends
 * with the assessment from the core scorer. Pausing, Ctrl+C and the quick exit all leave a saved
 * session that `tip-screen resume` continues.
 */
import { CancelledError, RedrawError } from '../base/errors.js';
import { CLEAR_ALL, CLEAR_SCREEN } from '../ui/output.js';
import { finish } from './finish.js';
import { planFrameworkSteps } from './frameworks.js';
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
  type Position,
} from './navigator.js';
import type { InterviewEnd, InterviewOptions } from './options.js';
import { orientation } from './orientation.js';
import { takeShortPath } from './short-path.js';
import { factScreen, indicatorScreen } from './question-screens.js';
import { reviewScreen } from './review-screen.js';
import { makeScreen, resumeCommand, sayCommand, type Action, type Screen } from './screen.js';
import { openingScreen, safetyScreen } from './start-screens.js';
import { planSteps, readCursor, stepKey, unansweredIn, type Step } from './steps.js';

export type { InterviewEnd, InterviewOptions } from './options.js';

export async function runInterview(opts: InterviewOptions): Promise<InterviewEnd> {
  const { session, frameworks: mode } = opts;
  const plan = (): Step[] =>
    mode ? planFrameworkSteps(mode, session) : planSteps(opts.loaded.compiled, session);
  session.status = 'in-progress';
  const unanswered = unansweredIn(session);
  let at: Position = startAt(plan(), readCursor(session.cursor), unanswered);
  const sc = makeScreen(opts, () => at.steps);
  const stop = (status: 'paused' | 'quick-exit'): InterviewEnd => {
    session.status = 'paused';
    sc.persist();
    if (status === 'paused') sayCommand(sc, sc.t.paused(resumeCommand(sc)), resumeCommand(sc));
    return { status, session };
  };
  session.cursor = cursorOf(at);
  // Saved before the first question, so even a kill at the first prompt leaves a session to resume.
  sc.persist();

  try {
    while (!isDone(at)) {
      const step = currentStep(at);
      session.cursor = stepKey(step);
      const action = await screenFor(sc, step).catch((e: unknown) => {
        if (e instanceof RedrawError) return 'redraw' as const;
        throw e;
      });
      if (action === 'redraw') {
        // Resized: the same screen again, drawn to the new width on a cleared screen.
        opts.out.write(CLEAR_SCREEN);
        continue;
      }
      if (action === 'pause') return stop('paused');
      if (action === 'quick-exit') {
        opts.out.write(CLEAR_ALL);
        return stop('quick-exit');
      }
      if (action === 'note') continue;
      if (action === 'review') {
        at = toReview(at);
        continue;
      }
      if (action === 'unanswered') {
        at = toUnanswered(at, unanswered);
        continue;
      }
      if (action === 'back' || typeof action === 'object') {
        at = action === 'back' ? back(at) : changeAnswer(at, action.change);
        session.cursor = cursorOf(at);
        sc.persist();
        continue;
      }
      if (step.kind === 'review') {
        session.status = 'done';
        session.cursor = 'review';
        const end = finish(sc);
        sc.persist();
        return { status: 'done', session, ...end };
      }
      // Answered: skip logic may have changed what follows.
      const moved = afterAnswer(at, plan(), unanswered);
      at = moved.position;
      session.cursor = cursorOf(at);
      sc.persist();
      const referred = await takeShortPath(sc, at, unanswered);
      if (referred) return referred;
      if (moved.newSection) orientation(sc);
    }
    return stop('paused');
  } catch (e) {
    // Esc, on any screen (a list, a text input): the same quick exit as x.
    if (e instanceof CancelledError && e.reason === 'quick-exit') {
      opts.out.write(CLEAR_ALL);
      return stop('quick-exit');
    }
    if (e instanceof CancelledError) {
      sc.persist();
      sc.write('');
      sayCommand(sc, sc.t.paused(resumeCommand(sc)), resumeCommand(sc));
      return { status: 'interrupted', session };
    }
    throw e;
  }
}

function screenFor(sc: Screen, step: Step): Promise<Action> {
  switch (step.kind) {
    case 'safety':
      return safetyScreen(sc);
    case 'opening':
      return openingScreen(sc);
    case 'fact':
      return factScreen(sc, step.id);
    case 'indicator':
      return indicatorScreen(sc, step.id);
    case 'review':
      return reviewScreen(sc);
  }
}
