/**
 * What every screen of the interview shares: the session, the wording, the output, saving, and
 * the pieces each prompt is built from (the answer keys, the pause and quick-exit actions, the
 * respondent's own language, the progress line).
 */
import { say, type Catalogue } from '../base/catalogue/index.js';
import type { AnswerValue, FactDef, IndicatorDef } from '../core/schema.js';
import type { Lang } from '../base/i18n.js';
import type { Session } from '../io/session.js';
import { displayWidth, wrap, type Style } from '../render/layout.js';
import type { KeyChoice, Prompter } from '../ui/prompts.js';
import { findFact, findIndicator, questionSets, type FrameworksMode } from './frameworks.js';
import type { InterviewOptions } from './options.js';
import { isQuestion, sectionOf, stepKey, type QuestionStep, type Step } from './steps.js';

/** What a screen hands back to the loop. */
export type Action =
  | AnswerValue
  | 'note'
  | 'back'
  | 'review'
  /** From the review: go on with the questions still unanswered. */
  | 'unanswered'
  | 'pause'
  | 'quick-exit'
  | 'continue'
  /** From the review: go and change the answer to this question. */
  | { change: string };

/** The actions a key press can choose. */
export type KeyAction = Exclude<Action, { change: string }>;

export interface Screen {
  opts: InterviewOptions;
  session: Session;
  lang: Lang;
  t: Catalogue['interview'];
  style: Style;
  prompter: Prompter;
  mode: FrameworksMode | undefined;
  write: (s?: string) => void;
  /** Stamps the session's last change and saves it. */
  persist: () => void;
  /** The interview's plan as it stands. */
  steps: () => Step[];
  factDef: (id: string) => FactDef;
  indicatorDef: (id: string) => IndicatorDef;
  /** The largest number of questions the progress line has shown this run. */
  progressTotal: number;
}

export function makeScreen(opts: InterviewOptions, steps: () => Step[]): Screen {
  const { session, style, prompter } = opts;
  const now = opts.now ?? (() => new Date());
  const mode = opts.frameworks;
  // Where question texts come from: the primary set first, then the frameworks' own wording.
  const sets = mode ? questionSets(mode) : [opts.loaded];
  return {
    opts,
    session,
    lang: session.lang,
    t: say(session.lang).interview,
    style,
    // A resize ends a question or a list screen, and the loop draws the screen again to the new
    // width (question text included, which the prompt alone would not redraw).
    prompter: {
      ...prompter,
      answer: (config) => prompter.answer({ ...config, redraw: true, width: style.width }),
      select: (config) => prompter.select({ ...config, redraw: true, width: style.width }),
    },
    mode,
    write: (s = '') => opts.out.write(s + '\n'),
    persist: () => {
      session.updatedAt = now().toISOString();
      opts.save(session);
    },
    steps,
    factDef: (id) => findFact(sets, id)!,
    indicatorDef: (id) => findIndicator(sets, id)!,
    progressTotal: 0,
  };
}

/** The actions offered beside the answers: pause and quick exit always, the others where they apply. */
export function actions({ t }: Screen, extra: ('note' | 'back' | 'review')[]): KeyChoice<KeyAction>[] {
  return [
    ...(extra.includes('note') ? [{ value: 'note' as const, key: 't', label: t.actions.note }] : []),
    ...(extra.includes('back') ? [{ value: 'back' as const, key: 'b', label: t.actions.back }] : []),
    ...(extra.includes('review') ? [{ value: 'review' as const, key: 'r', label: t.actions.review }] : []),
    { value: 'pause', key: 'p', label: t.actions.pause },
    { value: 'quick-exit', key: 'x', keyLabel: 'x/Esc', label: t.actions.quickExit },
  ];
}

const ANSWER_KEYS: Record<AnswerValue, string> = { yes: 'y', no: 'n', unknown: 'u', declined: 'd' };

/** The answers, each with its key, and in the respondent's language beside the screener's. */
export function answerChoices({ t, opts }: Screen, values: AnswerValue[]): KeyChoice<KeyAction>[] {
  return values.map((v) => {
    const theirs = opts.respondent?.answer(v);
    return { value: v, key: ANSWER_KEYS[v], label: theirs ? `${t.answers[v]} · ${theirs}` : t.answers[v] };
  });
}

function respondentLines({ opts, t, style }: Screen, kind: 'fact' | 'indicator', id: string): string[] {
  const r = opts.respondent;
  if (!r) return [];
  const q = r.question(kind, id);
  // An item worded by another framework has no text in the primary set's translation.
  if (!q.text) return [];
  const marker = q.fallback ? ` [${t.respondentFallback}]` : '';
  // Hanging indent: the lines after the first start under the text, not under "(vi)".
  const hang = ' '.repeat(r.lang.length + 3);
  return wrap(`(${r.lang}) ${q.text}${marker}`, style.width - 2, hang, '').map((l) => style.chalk.cyan(l));
}

/** Prints the question above the prompt, wrapped by display width; the prompt line stays short. */
export function showQuestion(sc: Screen, step: QuestionStep, text: string): string {
  const { write, style } = sc;
  write('');
  for (const l of wrap(text, style.width, '  ', '')) write(style.chalk.bold(l));
  for (const l of respondentLines(sc, step.kind, step.id)) write(l);
  return progress(sc, step);
}

function progress(sc: Screen, step: Step): string {
  const { steps, t, style } = sc;
  const questions = steps().filter(isQuestion);
  const n = questions.findIndex((s) => stepKey(s) === stepKey(step)) + 1;
  // "About": skip logic drops questions as answers come, and the total shown never goes down,
  // so it does not jump back and forth.
  sc.progressTotal = Math.max(sc.progressTotal, questions.length);
  const section = sectionOf(step);
  const name =
    section === 'facts' ? t.sections.facts : section in t.sections ? t.sections[section as 'act'] : '';
  const long = `[${caseName(sc)} · ${t.progress(n, sc.progressTotal)} · ${name}]`;
  // "? " goes before it: on a narrow terminal the count is written short.
  const line =
    displayWidth(long) + 2 <= style.width ? long : `[${caseName(sc)} · ${n}/~${sc.progressTotal} · ${name}]`;
  return style.chalk.dim(line);
}

/** How to continue this session, as the screener can type it (npx when run through npx). */
export const resumeCommand = ({ opts, session }: Screen): string =>
  `${opts.command ?? 'tip-screen'} resume ${session.id}`;

/** A line ending with a command to type, wrapped to the width without cutting the command in two. */
export function sayCommand(sc: Screen, line: string, command: string): void {
  if (displayWidth(line) <= sc.style.width || !line.endsWith(command)) {
    for (const l of wrap(line, sc.style.width, '  ', '')) sc.write(l);
    return;
  }
  for (const l of wrap(line.slice(0, -command.length).trimEnd(), sc.style.width, '  ', '')) sc.write(l);
  sc.write(`  ${command}`);
}

/** Whose session this is, on every screen: the case code, or the session id when there is none. */
function caseName({ session, t }: Screen): string {
  return `${t.caseWord} ${session.caseCode ?? session.id}`;
}

/** The header line of a screen that has no progress line (safety, opening, review). */
export function caseHeader(sc: Screen): void {
  sc.write('');
  sc.write(sc.style.chalk.dim(`[${caseName(sc)}]`));
  // Said where the respondent's texts are first shown, and on the review.
  const r = sc.opts.respondent;
  if (r && !r.reviewed)
    for (const l of wrap(sc.t.unreviewed(r.name), sc.style.width, '  ', ''))
      sc.write(sc.style.chalk.yellow(l));
}
