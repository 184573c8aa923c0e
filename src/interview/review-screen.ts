/** The review: every question with its answer, then finish, change one answer, or pause. */
import { pick } from '../base/i18n.js';
import { truncate, wrap } from '../render/layout.js';
import { caseHeader, type Action, type Screen } from './screen.js';
import { isQuestion, stepKey, unansweredIn, type QuestionStep } from './steps.js';

export async function reviewScreen(sc: Screen): Promise<Action> {
  const { t, style, write, lang, prompter } = sc;
  caseHeader(sc);
  write(style.chalk.bold(t.reviewTitle));
  const questions = sc.steps().filter(isQuestion);
  for (const s of questions) for (const l of wrap(reviewLine(sc, s), style.width, '      ', '  ')) write(l);
  write('');
  const open = questions.filter(unansweredIn(sc.session)).length;
  const choice = await prompter.select<'unanswered' | 'finish' | 'change' | 'pause'>({
    lang,
    message: t.reviewTitle,
    choices: [
      // First when there are any: the likely next step, and Enter must not end a half-done screening.
      ...(open > 0 ? [{ value: 'unanswered' as const, name: t.reviewUnanswered(open) }] : []),
      { value: 'finish', name: t.reviewFinish },
      { value: 'change', name: t.reviewChange },
      { value: 'pause', name: t.actions.pause },
    ],
  });
  if (choice === 'pause' || choice === 'unanswered') return choice;
  if (choice === 'finish') return 'continue';
  const target = await prompter.select<string>({
    lang,
    message: t.reviewPick,
    // One line each, cut to the width: the list is for finding the question, the review shows it whole.
    choices: questions.map((s) => ({
      value: stepKey(s),
      name: truncate(reviewLine(sc, s, true), style.width - 4),
    })),
  });
  return { change: target };
}

/** A question and its answer; `plain` leaves out colour (a line that may be cut). */
function reviewLine(sc: Screen, s: QuestionStep, plain = false): string {
  const { session, t, lang, style } = sc;
  if (s.kind === 'fact') {
    const def = sc.factDef(s.id);
    const v = session.facts[s.id];
    const shown =
      v === undefined
        ? t.answers.unknown
        : def.type === 'choice'
          ? pick(def.options?.find((o) => o.id === v)?.label, lang) || (typeof v === 'string' ? v : '')
          : v === 'yes' || v === 'no' || v === 'declined'
            ? t.answers[v]
            : typeof v === 'object'
              ? `${v.min}–${v.max}`
              : String(v);
    return `${pick(def.question, lang)} → ${shown}`;
  }
  const def = sc.indicatorDef(s.id);
  const v = session.answers[s.id];
  const none = plain ? t.notAnswered : style.chalk.dim(t.notAnswered);
  return `${pick(def.question, lang)} → ${v ? t.answers[v] : none}`;
}
