/**
 * One training run: the trainee reads the situation, then goes through the questionnaire as in a
 * real screening (facts first, then act, means and purpose, skipping what the set says to skip
 * given their own codings). Each question shows what the simulated person says, never how the
 * expert coded it. At the end the debrief compares the two. The Prompter is injected so tests
 * drive the run on a virtual screen.
 */
import { say, type Catalogue } from '../base/catalogue/index.js';
import { parseNumberFact, withinBounds } from '../core/age.js';
import type { AnswerValue } from '../core/schema.js';
import { pick, type Lang } from '../base/i18n.js';
import { type LoadedSet } from '../core/loaded-set.js';
import { wrap, type Style } from '../render/layout.js';
import { type OutputStream } from '../io/streams.js';
import type { KeyChoice, Prompter } from '../ui/prompts.js';
import { debrief, type Debrief } from '../report/debrief.js';
import { replyTo, type Codings, type FactCoding } from '../report/expert.js';
import { questionKey, questionnaire, type Question } from '../core/questionnaire.js';
import { renderDebrief } from '../render/debrief.js';
import { toResult, type TrainingResult } from '../report/training-result.js';
import type { Scenario } from '../core/scenario-schema.js';

export interface TrainingOptions {
  scenario: Scenario;
  loaded: LoadedSet;
  lang: Lang;
  prompter: Prompter;
  out: OutputStream;
  style: Style;
  now: () => Date;
}

export interface TrainingEnd {
  debrief: Debrief;
  result: TrainingResult;
  codings: Codings;
}

/** Chosen to finish early; set ids cannot start with "_", so it never collides with a coding. */
const FINISH = '__finish';
type Coded = FactCoding;
type Keyed = AnswerValue | typeof FINISH;

/** What the steps of a run share: the options, the wording, and the writing helpers. */
interface Run {
  opts: TrainingOptions;
  t: Catalogue['training'];
  write: (line: string) => void;
  para: (text: string, indent?: string, first?: string, paint?: (l: string) => string) => void;
}

export async function runTraining(opts: TrainingOptions): Promise<TrainingEnd> {
  const { scenario, loaded, lang, style } = opts;
  const { set, compiled } = loaded;
  const write = (line: string) => opts.out.write(line + '\n');
  const run: Run = {
    opts,
    t: say(lang).training,
    write,
    // Wrap first, then colour each line: a colour code must not count towards the width.
    para: (text, indent = '  ', first = indent, paint = (l: string) => l) => {
      for (const l of wrap(text, style.width, indent, first)) write(paint(l));
    },
  };
  const startedAt = opts.now();
  introduce(run);
  const { codings, finishedEarly } = await codeAll(run);
  const finishedAt = opts.now();
  const d = debrief({ scenario, compiled, trainee: codings, startedAt, finishedAt, finishedEarly });
  write('');
  opts.out.write(renderDebrief(d, scenario, set, lang, style));
  return { debrief: d, codings, result: toResult(scenario, set, d, codings, lang, finishedAt) };
}

/** The situation the trainee meets, and how to code. */
function introduce({ opts, t, write, para }: Run): void {
  const { scenario, lang, style } = opts;
  const { chalk } = style;
  para(`${t.scenario}: ${pick(scenario.title, lang)} (${t.levels[scenario.level]})`, '  ', '', chalk.bold);
  write(chalk.dim(t.trainingOnly));
  write('');
  write(chalk.bold(t.onArrival));
  para(pick(scenario.narrative, lang));
  write('');
  para(t.instructions, '', '', chalk.dim);
}

/** Each question of the questionnaire in turn, with the person's reply, until done or finished early. */
async function codeAll(run: Run): Promise<{ codings: Codings; finishedEarly: boolean }> {
  const { opts, t, write, para } = run;
  const { scenario, lang, style } = opts;
  const { chalk } = style;
  const codings: Codings = { facts: {}, answers: {} };
  const done = new Set<string>();
  for (;;) {
    const plan = questionnaire(opts.loaded.compiled, codings);
    const n = plan.findIndex((q) => !done.has(questionKey(q)));
    if (n < 0) return { codings, finishedEarly: false };
    const q = plan[n]!;
    const section = q.kind === 'fact' ? t.sections.facts : t.sections[q.element];
    const message = chalk.dim(`[${t.progress(n + 1, plan.length)} ${section}]`) + ` ${t.codePrompt}`;
    write('');
    para(questionOf(opts, q), '  ', '', chalk.bold);
    para(pick(replyTo(scenario, q), lang), '    ', `  ${t.person}: `, chalk.cyan);
    const coded =
      q.kind === 'fact' ? await codeFact(run, q.id, message) : await codeIndicator(run, q.id, message);
    if (coded === FINISH) return { codings, finishedEarly: true };
    done.add(questionKey(q));
    if (q.kind === 'fact') codings.facts[q.id] = coded;
    else codings.answers[q.id] = coded as AnswerValue;
  }
}

function questionOf({ loaded: { set }, lang }: TrainingOptions, q: Question): string {
  const def =
    q.kind === 'fact' ? set.facts.find((f) => f.id === q.id) : set.indicators.find((i) => i.id === q.id);
  return def ? pick(def.question, lang) : q.id;
}

const ANSWER_KEYS = { yes: 'y', no: 'n', unknown: 'u', declined: 'd' } as const;

function answerChoices(t: Catalogue['training']): KeyChoice<Keyed>[] {
  return (['yes', 'no', 'unknown', 'declined'] as const).map((v) => ({
    value: v,
    key: ANSWER_KEYS[v],
    label: t.answers[v],
  }));
}

async function codeIndicator({ opts, t }: Run, id: string, message: string): Promise<Coded> {
  const { loaded, lang, style, prompter } = opts;
  const def = loaded.set.indicators.find((i) => i.id === id)!;
  return prompter.answer<Keyed>({
    message,
    help: wrap(pick(def.help, lang), style.width - 4).join('\n'),
    helpKeyLabel: t.help,
    choices: answerChoices(t),
    actions: [{ value: FINISH, key: 'f', label: t.finish }],
  });
}

async function codeFact({ opts, t, write }: Run, id: string, message: string): Promise<Coded> {
  const { loaded, lang, style, prompter } = opts;
  const def = loaded.set.facts.find((f) => f.id === id)!;
  if (def.type === 'number') {
    for (const l of wrap(t.agePrompt, style.width, '    ', '  ')) write(style.chalk.dim(l));
    const min = def.min ?? 0;
    const max = def.max ?? 120;
    const raw = await prompter.input({
      lang,
      message,
      validate: (s) => parseNumber(s, min, max) !== undefined || t.ageInvalid,
    });
    return parseNumber(raw, min, max)!;
  }
  if (def.type === 'choice')
    return prompter.select<string>({
      lang,
      message,
      choices: [
        ...(def.options ?? []).map((o) => ({ value: o.id, name: pick(o.label, lang) })),
        { value: 'unknown', name: t.choiceUnknown },
        { value: 'declined', name: t.choiceDeclined },
        { value: FINISH, name: t.finish },
      ],
    });
  return prompter.answer<Keyed>({
    message,
    ...(def.help ? { help: wrap(pick(def.help, lang), style.width - 4).join('\n') } : {}),
    helpKeyLabel: t.help,
    choices: answerChoices(t),
    actions: [{ value: FINISH, key: 'f', label: t.finish }],
  });
}

/** A typed age: a number in range, empty for unknown, d for declined, f to finish. */
export function parseNumber(raw: string, min: number, max: number): Coded | undefined {
  const s = raw.trim().toLowerCase();
  if (s === '') return 'unknown';
  if (s === 'd') return 'declined';
  if (s === 'f') return FINISH;
  // A range ("17-19") or an estimate ("about 18") as well as a number; see parseNumberFact.
  const v = parseNumberFact(s, min, max);
  return v === undefined || typeof v === 'string' || withinBounds(v, min, max) ? v : undefined;
}

/** Lets the trainee pick a scenario from the library. */
export async function pickScenario(
  prompter: Prompter,
  entries: Pick<Scenario, 'id' | 'title' | 'level'>[],
  lang: Lang,
): Promise<string> {
  const t = say(lang).training;
  return prompter.select<string>({
    lang,
    message: t.pickScenario,
    choices: entries.map((e) => ({
      value: e.id,
      name: `${pick(e.title, lang)} (${t.levels[e.level]})`,
      description: e.id,
    })),
  });
}
