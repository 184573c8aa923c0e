/**
 * The short path. A screening may have to fit a 10 to 15 minute window: once the answers already
 * make the strongest outcome (the rule holds, or a statute decides), the screener is offered to go
 * straight to protection and referrals. The remaining questions stay open; `resume` asks them.
 */
import { assess } from '../core/engine.js';
import { OUTCOMES, TOP_RANK } from '../core/vocabulary.js';
import { sessionFrameworksReport } from './frameworks.js';
import { wrap } from '../render/layout.js';
import { finish } from './finish.js';
import { cursorOf, type Position, type Unanswered } from './navigator.js';
import type { InterviewEnd } from './options.js';
import { resumeCommand, sayCommand, type Screen } from './screen.js';

/**
 * After an answer: when the rule now holds and questions remain, offers the short path (once a
 * session); taken, it prints the assessment with its protections and referrals, keeps the session
 * paused at the next question, and says how to ask the rest later.
 */
export async function takeShortPath(
  sc: Screen,
  at: Position,
  unanswered: Unanswered,
): Promise<InterviewEnd | undefined> {
  const { session } = sc;
  const left = at.steps.slice(at.index).filter(unanswered).length;
  if (session.shortPathOffered || left === 0 || !ruleHolds(sc)) return undefined;
  // Once per session: a screener who chose to keep asking, or came back to ask the rest, is not
  // asked again at every answer.
  session.shortPathOffered = true;
  sc.persist();
  if (!(await offerShortPath(sc, left))) return undefined;
  const end = finish(sc);
  session.status = 'paused';
  session.cursor = cursorOf(at);
  sc.persist();
  sc.write('');
  sayCommand(sc, sc.t.shortPathLeft(left, resumeCommand(sc)), resumeCommand(sc));
  return { status: 'referred', session, ...end };
}

/** Whether what is answered so far already gives the strongest outcome (the first framework's, with several). */
function ruleHolds(sc: Screen): boolean {
  const { opts, session, lang } = sc;
  const outcome = sc.mode
    ? sessionFrameworksReport(sc.mode, session, lang).frameworks[0]!.outcome
    : assess(opts.loaded.compiled, { facts: session.facts, answers: session.answers }).outcome;
  return outcome === OUTCOMES[TOP_RANK];
}

/** Offers the short path; true when the screener takes it. */
async function offerShortPath(sc: Screen, remaining: number): Promise<boolean> {
  const { t, lang, write, style } = sc;
  // The prompter as given: a resize just draws this list again, the loop need not know.
  const { prompter } = sc.opts;
  write('');
  for (const l of wrap(t.shortPathTitle, style.width)) write(style.chalk.bold(l));
  const choice = await prompter.select<'refer' | 'continue'>({
    lang,
    width: style.width,
    message: t.shortPathQuestion,
    choices: [
      { value: 'refer', name: t.shortPathRefer(remaining) },
      { value: 'continue', name: t.shortPathContinue },
    ],
  });
  return choice === 'refer';
}
