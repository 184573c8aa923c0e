/** The question screens: a fact (a number, a choice or yes/no) and an indicator, with its notes. */
import { pick } from '../base/i18n.js';
import type { FactDef } from '../core/schema.js';
import { noteScreen, notesOf } from './note-screen.js';
import { escapeKeyHint } from '../ui/prompts.js';
import { displayWidth, wrap } from '../render/layout.js';
import { parseAge } from './parse-age.js';
import { actions, answerChoices, showQuestion, type Action, type KeyAction, type Screen } from './screen.js';

export async function factScreen(sc: Screen, id: string): Promise<Action> {
  const def = sc.factDef(id);
  const message = showQuestion(sc, { kind: 'fact', id }, pick(def.question, sc.lang));
  if (def.type === 'number') return numberFact(sc, def, message);
  if (def.type === 'choice') return choiceFact(sc, def, message);
  const { t, session } = sc;
  const current = session.facts[id];
  const v = await sc.prompter.answer<KeyAction>({
    message,
    // Every screen has help: the fact's own, or how to answer any fact.
    help: wrap(def.help ? pick(def.help, sc.lang) : t.factHelp, sc.style.width - 4).join('\n'),
    helpKeyLabel: t.help,
    choices: answerChoices(sc, ['yes', 'no', 'unknown', 'declined']),
    default: typeof current === 'string' ? (current as KeyAction) : undefined,
    actions: actions(sc, ['back']),
  });
  if (v === 'yes' || v === 'no' || v === 'declined') session.facts[id] = v;
  else if (v === 'unknown') delete session.facts[id];
  else return v;
  return 'continue';
}

async function numberFact(sc: Screen, def: FactDef, message: string): Promise<Action> {
  const { t, session, style } = sc;
  const current = session.facts[def.id];
  // The keys are named here, never cut in two: the prompt line already holds the progress.
  const lines = wrap(t.agePrompt, style.width, '    ', '  ');
  const keys = `[?] ${t.help} · ${escapeKeyHint(sc.lang)}`;
  const last = lines.length - 1;
  if (displayWidth(`${lines[last]} · ${keys}`) <= style.width) lines[last] = `${lines[last]} · ${keys}`;
  else lines.push(`    ${keys}`);
  for (const l of lines) sc.write(style.chalk.dim(l));
  // A text input cannot take "?" as a key: typed with Enter, it shows the help in place.
  const help = def.help ? pick(def.help, sc.lang) : t.factHelp;
  const raw = await sc.prompter.input({
    lang: sc.lang,
    escapeHint: false,
    message,
    default:
      typeof current === 'number'
        ? String(current)
        : typeof current === 'object'
          ? `${current.min}-${current.max}`
          : '',
    validate: (s) =>
      s.trim() === '?'
        ? help
        : parseAge(s.trim(), def.min ?? 0, def.max ?? 120) !== undefined || t.ageInvalid,
  });
  const value = parseAge(raw.trim(), def.min ?? 0, def.max ?? 120)!;
  if (value === 'unknown') delete session.facts[def.id];
  else session.facts[def.id] = value;
  return 'continue';
}

async function choiceFact(sc: Screen, def: FactDef, message: string): Promise<Action> {
  const { t, session, lang, opts } = sc;
  const current = session.facts[def.id];
  const choice = await sc.prompter.select<string>({
    lang,
    message,
    default: typeof current === 'string' ? current : undefined,
    choices: [
      // A list always has a cursor: on an untouched question it rests here, so a stray Enter
      // picks nothing (the first option would otherwise be recorded).
      ...(typeof current === 'string' ? [] : [{ value: '__none', name: t.chooseFirst }]),
      ...(def.options ?? []).map((o) => ({
        value: o.id,
        name: theirs(sc, pick(o.label, lang), opts.respondent?.option(def.id, o.id)),
      })),
      { value: 'unknown', name: theirs(sc, t.choiceUnknown, opts.respondent?.answer('unknown')) },
      { value: 'declined', name: theirs(sc, t.choiceDeclined, opts.respondent?.answer('declined')) },
      { value: '__back', name: theirs(sc, `← ${t.actions.back}`, opts.respondent?.ui.back) },
      { value: '__pause', name: t.actions.pause },
      { value: '__quick-exit', name: t.actions.quickExit },
    ],
  });
  // Nothing chosen: the same question again ('note' redraws the screen and changes nothing).
  if (choice === '__none') return 'note';
  if (choice === '__back') return 'back';
  if (choice === '__pause') return 'pause';
  if (choice === '__quick-exit') return 'quick-exit';
  if (choice === 'unknown') delete session.facts[def.id];
  else session.facts[def.id] = choice;
  return 'continue';
}

/**
 * A choice in the screener's words and, with a respondent's language, in theirs too; a text not
 * translated is marked, never silently left in the screener's language alone.
 */
function theirs({ opts, t }: Screen, label: string, translated: string | undefined): string {
  if (!opts.respondent) return label;
  return translated ? `${label} · ${translated}` : `${label} · (${opts.respondent.lang}: ${t.noTranslation})`;
}

export async function indicatorScreen(sc: Screen, id: string): Promise<Action> {
  const { t, session, lang, opts, style } = sc;
  const def = sc.indicatorDef(id);
  const helpLines = [pick(def.help, lang)];
  const theirHelp = opts.respondent?.help('indicator', id);
  if (theirHelp && !theirHelp.fallback) helpLines.push(`(${opts.respondent!.lang}) ${theirHelp.text}`);
  const notes = notesOf(session, id);
  const message = showQuestion(sc, { kind: 'indicator', id, element: def.element }, pick(def.question, lang));
  const v = await sc.prompter.answer<KeyAction>({
    message,
    detail: notes.flatMap((n, i) =>
      wrap(`✎ ${notes.length > 1 ? `${i + 1}. ` : ''}${n}`, style.width - 4, '    ', '').map((l) =>
        style.chalk.dim(l),
      ),
    ),
    help: helpLines.flatMap((h) => wrap(h, style.width - 4)).join('\n'),
    helpKeyLabel: t.help,
    choices: answerChoices(sc, ['yes', 'no', 'unknown', 'declined']),
    default: session.answers[id],
    actions: actions(sc, ['note', 'back', 'review']),
  });
  if (v === 'note') return noteScreen(sc, id);
  if (v === 'yes' || v === 'no' || v === 'unknown' || v === 'declined') {
    session.answers[id] = v;
    return 'continue';
  }
  return v;
}
