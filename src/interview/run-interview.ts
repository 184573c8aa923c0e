/**
 * The interview loop. It asks through a Prompter, saves after every answer, prints where the
 * assessment stands after each section, and ends with the assessment from the core scorer.
 * Pausing, Ctrl+C and the quick exit all leave a saved session that `tip-screen resume` continues.
 */
import { parseNumberFact, withinBounds, type NumberFact } from '../core/age.js';
import { assess } from '../core/engine.js';
import type { AnswerValue } from '../core/schema.js';
import { CancelledError } from '../base/errors.js';
import { messages, pick, type Lang } from '../base/i18n.js';
import { buildReport, type Report } from '../report/report.js';
import { renderFrameworksText } from '../render/frameworks.js';
import { renderText } from '../render/text.js';
import type { FrameworksReport } from '../report/frameworks.js';
import type { LoadedSet } from '../io/load-set.js';
import { wrap, type Style } from '../render/layout.js';
import { type OutputStream } from '../io/streams.js';
import type { KeyChoice, Prompter } from '../ui/prompts.js';
import type { Session } from '../io/session.js';
import { planSteps, sectionOf, stepKey, type Step } from './steps.js';
import { textsFor } from './texts.js';
import type { Translation } from '../io/translations.js';
import { checkNote } from '../guard/notes.js';
import { KIND_TEXT } from '../guard/find.js';
import {
  findFact,
  findIndicator,
  frameworkStatusLine,
  nextQuestions,
  planFrameworkSteps,
  questionSets,
  sessionFrameworksReport,
  type FrameworksMode,
} from './frameworks.js';

export interface InterviewOptions {
  /** The set asked (in frameworks mode, the crosswalk's primary set). */
  loaded: LoadedSet;
  /** Several frameworks scored from one interview; the questions are planned by the crosswalk. */
  frameworks?: FrameworksMode;
  session: Session;
  prompter: Prompter;
  out: OutputStream;
  style: Style;
  respondent?: Translation;
  /** Persists the session; called after every change. */
  save: (session: Session) => void;
  now?: () => Date;
}

export type InterviewEnd =
  | {
      status: 'done';
      session: Session;
      /** The assessment (in frameworks mode, that of the first framework named). */
      report: Report;
      /** In frameworks mode: every framework side by side, with the disagreements. */
      frameworks?: FrameworksReport;
    }
  | { status: 'paused' | 'quick-exit' | 'interrupted'; session: Session };

type Action = AnswerValue | 'note' | 'back' | 'review' | 'pause' | 'quick-exit' | 'continue';

/** Erases the screen and the scrollback, so nothing of the interview stays visible. */
export const CLEAR_ALL = '\x1b[2J\x1b[3J\x1b[H';

export async function runInterview(opts: InterviewOptions): Promise<InterviewEnd> {
  const { loaded, prompter, out, style } = opts;
  const session = opts.session;
  const lang: Lang = session.lang;
  const t = textsFor(lang);
  const now = opts.now ?? (() => new Date());
  const write = (s = '') => out.write(s + '\n');
  const persist = () => {
    session.updatedAt = now().toISOString();
    opts.save(session);
  };

  const mode = opts.frameworks;
  // Where question texts come from: the primary set first, then the frameworks' own wording.
  const sets = mode ? questionSets(mode) : [loaded];
  const plan = (): Step[] => (mode ? planFrameworkSteps(mode, session) : planSteps(loaded.compiled, session));
  const factDef = (id: string) => findFact(sets, id)!;
  const indicatorDef = (id: string) => findIndicator(sets, id)!;

  session.status = 'in-progress';
  let steps = plan();
  let index = Math.max(
    0,
    steps.findIndex((s) => stepKey(s) === session.cursor),
  );
  // After changing an answer from the review screen, go back to the review.
  let returnToReview = false;
  session.cursor = stepKey(steps[index]!);
  // Saved before the first question, so even a kill at the first prompt leaves a session to resume.
  persist();

  try {
    while (index < steps.length) {
      const step = steps[index]!;
      session.cursor = stepKey(step);
      const action = await ask(step);
      if (action === 'pause') return stop('paused');
      if (action === 'quick-exit') {
        out.write(CLEAR_ALL);
        return stop('quick-exit');
      }
      if (action === 'back') {
        index = Math.max(0, index - 1);
        // Going back past the opening is pointless; the safety question stays answered.
        if (steps[index]!.kind === 'opening' || steps[index]!.kind === 'safety')
          index = Math.min(2, steps.length - 1);
        session.cursor = stepKey(steps[index]!);
        persist();
        continue;
      }
      if (action === 'note') continue;
      if (action === 'review') {
        index = steps.findIndex((s) => s.kind === 'review');
        continue;
      }
      if (step.kind === 'review') {
        session.status = 'done';
        session.cursor = 'review';
        const end = finish();
        persist();
        return { status: 'done', session, ...end };
      }
      // Answered: skip logic may have changed what follows.
      const key = stepKey(step);
      const before = sectionOf(step);
      steps = plan();
      index = returnToReview ? steps.length - 1 : steps.findIndex((s) => stepKey(s) === key) + 1;
      returnToReview = false;
      session.cursor = stepKey(steps[index] ?? steps[steps.length - 1]!);
      persist();
      const next = steps[index];
      if (next && sectionOf(next) !== before && before !== 'start') orientation();
    }
    return stop('paused');
  } catch (e) {
    if (e instanceof CancelledError) {
      persist();
      write('');
      write(t.paused(session.id));
      return { status: 'interrupted', session };
    }
    throw e;
  }

  function stop(status: 'paused' | 'quick-exit'): InterviewEnd {
    session.status = 'paused';
    persist();
    if (status === 'paused') write(t.paused(session.id));
    return { status, session };
  }

  function actions(extra: ('note' | 'back' | 'review')[]): KeyChoice<Action>[] {
    const all: KeyChoice<Action>[] = [
      ...(extra.includes('note') ? [{ value: 'note' as const, key: 't', label: t.actions.note }] : []),
      ...(extra.includes('back') ? [{ value: 'back' as const, key: 'b', label: t.actions.back }] : []),
      ...(extra.includes('review') ? [{ value: 'review' as const, key: 'r', label: t.actions.review }] : []),
      { value: 'pause', key: 'p', label: t.actions.pause },
      { value: 'quick-exit', key: 'x', label: t.actions.quickExit },
    ];
    return all;
  }

  function answerChoices(values: AnswerValue[]): KeyChoice<Action>[] {
    const keys: Record<AnswerValue, string> = { yes: 'y', no: 'n', unknown: 'u', declined: 'd' };
    return values.map((v) => {
      const theirs = opts.respondent?.answer(v);
      return { value: v, key: keys[v], label: theirs ? `${t.answers[v]} · ${theirs}` : t.answers[v] };
    });
  }

  function respondentLines(kind: 'fact' | 'indicator', id: string): string[] {
    const r = opts.respondent;
    if (!r) return [];
    const q = r.question(kind, id);
    // An item worded by another framework has no text in the primary set's translation.
    if (!q.text) return [];
    const marker = q.fallback ? ` [${t.respondentFallback}]` : '';
    return wrap(`(${r.lang}) ${q.text}${marker}`, style.width - 4).map((l) => style.chalk.cyan(l));
  }

  /** Prints the question above the prompt, wrapped by display width; the prompt line stays short. */
  function showQuestion(step: Extract<Step, { kind: 'fact' | 'indicator' }>, text: string): string {
    write('');
    for (const l of wrap(text, style.width, '  ', '')) write(style.chalk.bold(l));
    for (const l of respondentLines(step.kind, step.id)) write(l);
    return progress(step);
  }

  function progress(step: Step): string {
    const questions = steps.filter((s) => s.kind === 'fact' || s.kind === 'indicator');
    const n = questions.findIndex((s) => stepKey(s) === stepKey(step)) + 1;
    const section = sectionOf(step);
    const name =
      section === 'facts' ? t.sections.facts : section in t.sections ? t.sections[section as 'act'] : '';
    return style.chalk.dim(`[${t.progress(n, questions.length)} ${name}]`);
  }

  async function ask(step: Step): Promise<Action> {
    switch (step.kind) {
      case 'safety':
        return session.danger === undefined ? safety() : 'continue';
      case 'opening':
        return session.openingDone ? 'continue' : opening();
      case 'fact':
        return askFact(step.id);
      case 'indicator':
        return askIndicator(step.id);
      case 'review':
        return review();
    }
  }

  async function safety(): Promise<Action> {
    const lines = opts.respondent?.ui.safetyQuestion
      ? [style.chalk.cyan(`(${opts.respondent.lang}) ${opts.respondent.ui.safetyQuestion}`)]
      : [];
    const v = await prompter.answer<Action>({
      message: t.safetyQuestion,
      detail: lines,
      help: wrap(t.safetyHelp, style.width - 4).join('\n'),
      helpKeyLabel: t.help,
      choices: answerChoices(['yes', 'no', 'unknown']),
      actions: actions([]),
      escapeAction: 'quick-exit',
    });
    if (v !== 'yes' && v !== 'no' && v !== 'unknown') return v;
    session.danger = v;
    persist();
    if (v === 'yes') {
      emergencyContacts();
      const choice = await prompter.select<'pause' | 'continue'>({
        lang,
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

  function emergencyContacts(): void {
    const set = loaded.set;
    const wanted = set.referrals
      .filter((r) => r.emergency || r.priority <= 30)
      .sort((a, b) => a.priority - b.priority);
    write('');
    write(style.chalk.red.bold(t.emergencyTitle));
    for (const r of wanted)
      for (const l of wrap(`${r.contact}  ${pick(r.name, lang)}`, style.width, '    ', '  ')) write(l);
    write('');
  }

  async function opening(): Promise<Action> {
    write('');
    write(style.chalk.bold(t.openingTitle));
    t.opening.forEach((line, i) => {
      for (const l of wrap(line, style.width, '    ', '  - ')) write(l);
      const theirs = opts.respondent?.ui.opening?.[i];
      if (theirs)
        for (const l of wrap(`(${opts.respondent!.lang}) ${theirs}`, style.width, '    ', '    '))
          write(style.chalk.cyan(l));
    });
    write('');
    const v = await prompter.answer<Action>({
      message: t.continue,
      helpKeyLabel: t.help,
      choices: [{ value: 'continue', key: 'c', label: t.continue }],
      actions: actions([]),
      escapeAction: 'quick-exit',
    });
    if (v !== 'continue') return v;
    session.openingDone = true;
    persist();
    return 'continue';
  }

  async function askFact(id: string): Promise<Action> {
    const def = factDef(id);
    const message = showQuestion({ kind: 'fact', id }, pick(def.question, lang));
    const current = session.facts[id];
    if (def.type === 'number') {
      write(style.chalk.dim(`  ${t.agePrompt}`));
      const raw = await prompter.input({
        message,
        default:
          typeof current === 'number'
            ? String(current)
            : typeof current === 'object'
              ? `${current.min}-${current.max}`
              : '',
        validate: (s) => parseAge(s.trim(), def.min ?? 0, def.max ?? 120) !== undefined || t.ageInvalid,
      });
      const value = parseAge(raw.trim(), def.min ?? 0, def.max ?? 120)!;
      if (value === 'unknown') delete session.facts[id];
      else session.facts[id] = value;
      return 'continue';
    }
    if (def.type === 'choice') {
      const choice = await prompter.select<string>({
        lang,
        message,
        default: typeof current === 'string' ? current : undefined,
        choices: [
          ...(def.options ?? []).map((o) => {
            const theirs = opts.respondent?.option(id, o.id);
            return { value: o.id, name: theirs ? `${pick(o.label, lang)} · ${theirs}` : pick(o.label, lang) };
          }),
          { value: 'unknown', name: t.choiceUnknown },
          { value: 'declined', name: t.choiceDeclined },
          { value: '__back', name: `← ${t.actions.back}` },
          { value: '__pause', name: t.actions.pause },
          { value: '__quick-exit', name: t.actions.quickExit },
        ],
      });
      if (choice === '__back') return 'back';
      if (choice === '__pause') return 'pause';
      if (choice === '__quick-exit') return 'quick-exit';
      if (choice === 'unknown') delete session.facts[id];
      else session.facts[id] = choice;
      return 'continue';
    }
    const v = await prompter.answer<Action>({
      message,
      help: def.help ? wrap(pick(def.help, lang), style.width - 4).join('\n') : undefined,
      helpKeyLabel: t.help,
      choices: answerChoices(['yes', 'no', 'unknown', 'declined']),
      default: typeof current === 'string' ? (current as Action) : undefined,
      actions: actions(['back']),
      escapeAction: 'quick-exit',
    });
    if (v === 'yes' || v === 'no' || v === 'declined') session.facts[id] = v;
    else if (v === 'unknown') delete session.facts[id];
    else return v;
    return 'continue';
  }

  async function askIndicator(id: string): Promise<Action> {
    const def = indicatorDef(id);
    const helpLines = [pick(def.help, lang)];
    const theirHelp = opts.respondent?.help('indicator', id);
    if (theirHelp && !theirHelp.fallback) helpLines.push(`(${opts.respondent!.lang}) ${theirHelp.text}`);
    const note = session.notes[id];
    const message = showQuestion({ kind: 'indicator', id, element: def.element }, pick(def.question, lang));
    const v = await prompter.answer<Action>({
      message,
      detail: note ? [style.chalk.dim(`✎ ${note}`)] : [],
      help: helpLines.flatMap((h) => wrap(h, style.width - 4)).join('\n'),
      helpKeyLabel: t.help,
      choices: answerChoices(['yes', 'no', 'unknown', 'declined']),
      default: session.answers[id],
      actions: actions(['note', 'back', 'review']),
      escapeAction: 'quick-exit',
    });
    if (v === 'note') {
      const noteOf = (s: string) => s.trim().slice(0, 500);
      const text = noteOf(
        await prompter.input({
          message: t.notePrompt,
          default: note ?? '',
          validate: (s) => {
            const kind = checkNote(noteOf(s)).refused;
            return kind ? t.noteRefused(KIND_TEXT[kind][lang]) : true;
          },
        }),
      );
      // A likely name is the screener's call: kept only when they say it is not a name.
      const keep =
        !text ||
        !checkNote(text).maybeName ||
        (await prompter.confirm({
          message: t.noteMaybeName,
          default: false,
          labels: { yes: t.answers.yes, no: t.answers.no },
        }));
      if (!keep) return 'note';
      if (text) session.notes[id] = text;
      else delete session.notes[id];
      persist();
      return 'note';
    }
    if (v === 'yes' || v === 'no' || v === 'unknown' || v === 'declined') {
      session.answers[id] = v;
      return 'continue';
    }
    return v;
  }

  function orientation(): void {
    if (mode) return frameworksOrientation(mode);
    const report = buildReport(
      assess(loaded.compiled, { facts: session.facts, answers: session.answers }),
      loaded.set,
      lang,
    );
    write('');
    write(style.chalk.bold(`${t.orientation}: `) + elementsLine(report));
    askNext(report.openQuestions.slice(0, 3).map((q) => q.question));
    write('');
  }

  function elementsLine(report: Report): string {
    const el = (e: 'act' | 'means' | 'purpose') => {
      const s = report.elements[e].status;
      const text = e === 'means' && report.meansWaived && s !== 'met' ? '—' : messages[lang].status[s];
      return `${t.sections[e]}: ${s === 'met' ? style.chalk.green(text) : text}`;
    };
    return [el('act'), el('means'), el('purpose')].join(' · ');
  }

  function askNext(questions: string[]): void {
    if (!questions.length) return;
    write(style.chalk.dim(`${t.askNext}:`));
    for (const q of questions)
      for (const l of wrap(q, style.width, '    ', '  - ')) write(style.chalk.dim(l));
  }

  /**
   * The orientation of a single-set screening for the primary set (or, when it is not screened,
   * the first framework named, by name), and one short line for each other framework: its outcome
   * so far and the elements in which it differs from the line above.
   */
  function frameworksOrientation(m: FrameworksMode): void {
    const fr = sessionFrameworksReport(m, session, lang);
    const primaryId = m.crosswalk.primary.set.id;
    const lead = fr.frameworks.find((r) => r.set.id === primaryId) ?? fr.frameworks[0]!;
    const label = lead.set.id === primaryId ? t.orientation : `${t.orientation} (${lead.set.id})`;
    write('');
    write(style.chalk.bold(`${label}: `) + elementsLine(lead));
    for (const r of fr.frameworks) {
      if (r === lead) continue;
      for (const l of wrap(frameworkStatusLine(r, lang, lead), style.width, '      ', '  ')) write(l);
    }
    askNext(
      nextQuestions(m, fr, session, steps, (kind, id) =>
        pick(kind === 'fact' ? factDef(id).question : indicatorDef(id).question, lang),
      ),
    );
    write('');
  }

  async function review(): Promise<Action> {
    write('');
    write(style.chalk.bold(t.reviewTitle));
    const questions = steps.filter(
      (s): s is Extract<Step, { kind: 'fact' | 'indicator' }> => s.kind === 'fact' || s.kind === 'indicator',
    );
    for (const s of questions) write(`  ${reviewLine(s)}`);
    write('');
    const choice = await prompter.select<'finish' | 'change' | 'pause'>({
      lang,
      message: t.reviewTitle,
      choices: [
        { value: 'finish', name: t.reviewFinish },
        { value: 'change', name: t.reviewChange },
        { value: 'pause', name: t.actions.pause },
      ],
    });
    if (choice === 'pause') return 'pause';
    if (choice === 'finish') return 'continue';
    const target = await prompter.select<string>({
      lang,
      message: t.reviewPick,
      choices: questions.map((s) => ({ value: stepKey(s), name: reviewLine(s) })),
    });
    index = Math.max(
      0,
      steps.findIndex((s) => stepKey(s) === target),
    );
    returnToReview = true;
    session.cursor = target;
    persist();
    return 'note';
  }

  function reviewLine(s: Extract<Step, { kind: 'fact' | 'indicator' }>): string {
    if (s.kind === 'fact') {
      const def = factDef(s.id);
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
    const def = indicatorDef(s.id);
    const v = session.answers[s.id];
    return `${pick(def.question, lang)} → ${v ? t.answers[v] : style.chalk.dim(t.notAnswered)}`;
  }

  function finish(): { report: Report; frameworks?: FrameworksReport } {
    if (mode) {
      const fr = sessionFrameworksReport(mode, session, lang);
      const first = fr.frameworks[0]!;
      session.outcome = first.outcome;
      write('');
      out.write(renderFrameworksText(fr, style));
      return { report: first, frameworks: fr };
    }
    const a = assess(loaded.compiled, { facts: session.facts, answers: session.answers });
    const report = buildReport(a, loaded.set, lang);
    session.outcome = report.outcome;
    write('');
    out.write(renderText(report, style));
    return { report };
  }
}

/**
 * Age as typed: a number, a range ("17-19") or an estimate ("about 18", "약 18", read as 16-20),
 * within [min, max]; '' or '?' for unknown, 'd' for declined (see parseNumberFact).
 */
export function parseAge(s: string, min: number, max: number): NumberFact | undefined {
  if (s === '' || s === '?') return 'unknown';
  if (s.toLowerCase() === 'd') return 'declined';
  const v = parseNumberFact(s, min, max);
  return v === undefined || typeof v === 'string' || withinBounds(v, min, max) ? v : undefined;
}
