/** The two screens before the questions: is the person in danger now, and the opening script. */
import { pick } from '../base/i18n.js';
import { numberAndName, wrap } from '../render/layout.js';
import { actions, answerChoices, caseHeader, type Action, type KeyAction, type Screen } from './screen.js';

/** Asked once per session; a "yes" shows the emergency contacts and offers to stop. */
export async function safetyScreen(sc: Screen): Promise<Action> {
  const { session, t, style, opts, prompter } = sc;
  if (session.danger !== undefined) return 'continue';
  caseHeader(sc);
  const lines = opts.respondent?.ui.safetyQuestion
    ? [style.chalk.cyan(`(${opts.respondent.lang}) ${opts.respondent.ui.safetyQuestion}`)]
    : [];
  const v = await prompter.answer<KeyAction>({
    message: t.safetyQuestion,
    detail: lines,
    help: wrap(t.safetyHelp, style.width - 4).join('\n'),
    helpKeyLabel: t.help,
    choices: answerChoices(sc, ['yes', 'no', 'unknown']),
    actions: actions(sc, []),
  });
  if (v !== 'yes' && v !== 'no' && v !== 'unknown') return v;
  session.danger = v;
  sc.persist();
  if (v === 'yes') {
    emergencyContacts(sc);
    const choice = await prompter.select<'pause' | 'continue'>({
      lang: sc.lang,
      message: t.pauseOffer,
      choices: [
        { value: 'pause', name: t.pauseNow },
        { value: 'continue', name: t.keepGoing },
      ],
    });
    if (choice === 'pause') return 'pause';
  }
  return 'continue';
}

function emergencyContacts({ opts, write, style, t, lang }: Screen): void {
  const wanted = opts.loaded.set.referrals
    .filter((r) => r.emergency || r.priority <= 30)
    .sort((a, b) => a.priority - b.priority);
  write('');
  write(style.chalk.red.bold(t.emergencyTitle));
  for (const r of wanted)
    for (const l of wrap(
      numberAndName(r.contact, pick(r.name, lang), (s) => s),
      style.width,
      '    ',
      '  ',
    ))
      write(l);
  write('');
}

/** The script read to the person before the questions, once per session. */
export async function openingScreen(sc: Screen): Promise<Action> {
  const { session, t, style, opts, write } = sc;
  if (session.openingDone) return 'continue';
  caseHeader(sc);
  write(style.chalk.bold(t.openingTitle));
  t.opening.forEach((line, i) => {
    for (const l of wrap(line, style.width, '    ', '  - ')) write(l);
    const theirs = opts.respondent?.ui.opening?.[i];
    if (theirs)
      for (const l of wrap(`(${opts.respondent!.lang}) ${theirs}`, style.width, '    ', '    '))
        write(style.chalk.cyan(l));
  });
  write('');
  const v = await sc.prompter.answer<KeyAction>({
    message: t.continue,
    help: wrap(t.openingHelp, style.width - 4).join('\n'),
    helpKeyLabel: t.help,
    choices: [{ value: 'continue', key: 'c', label: t.continue }],
    // Not an answer: Enter may go on.
    default: 'continue',
    actions: actions(sc, []),
  });
  if (v !== 'continue') return v;
  session.openingDone = true;
  sc.persist();
  return 'continue';
}
