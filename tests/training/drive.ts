/** Drives a training run through @inquirer/testing's virtual screen, with no TTY. */
import { screen, wrapPrompt } from '@inquirer/testing/vitest';
import { Chalk } from 'chalk';
import { Readable } from 'node:stream';
import type { Lang } from '../../src/base/i18n.js';
import { expertCodings, type Codings, type FactCoding } from '../../src/report/expert.js';
import { loadScenario, type LoadedScenario } from '../../src/io/load-scenario.js';
import { questionKey, questionnaire, type Question } from '../../src/core/questionnaire.js';
import { runTraining, type TrainingEnd } from '../../src/training/train-flow.js';
import { createPrompter, type Prompter } from '../../src/ui/prompts.js';

export { screen };

export const STARTED = new Date('2026-11-02T09:00:00Z');
export const FINISHED = new Date('2026-11-02T09:07:30Z');

export interface Drive extends LoadedScenario {
  end: Promise<TrainingEnd>;
  output: () => string;
}

export function virtualPrompter(): Prompter {
  const io = { stdin: Readable.from([]), stdout: { write: () => true }, env: {} };
  return createPrompter(io, { wrap: wrapPrompt });
}

export function startTraining(id: string, lang: Lang = 'en'): Drive {
  const loaded = loadScenario(id, process.cwd());
  let out = '';
  const times = [STARTED, FINISHED];
  let calls = 0;
  const end = runTraining({
    ...loaded,
    lang,
    prompter: virtualPrompter(),
    out: { write: (s: string) => ((out += s), true) },
    style: { chalk: new Chalk({ level: 0 }), width: 80 },
    now: () => times[Math.min(calls++, 1)]!,
  });
  return { ...loaded, end, output: () => out };
}

/** A coding, or 'finish' to stop early. */
export type Decision = FactCoding;

/** The expert's coding of every question, as a decision function. */
export function asExpert(d: LoadedScenario): (q: Question) => Decision {
  const expert = expertCodings(d.scenario, d.loaded.set);
  return (q) => (q.kind === 'fact' ? expert.facts[q.id]! : expert.answers[q.id]!);
}

/**
 * Codes each question as `decide` says until the questionnaire ends. It works out the next
 * question the same way a trainee sees it: the set's order and skip logic, from the codings so far.
 */
export async function codeUntilEnd(d: Drive, decide: (q: Question) => Decision): Promise<TrainingEnd> {
  const set = d.loaded.set;
  const codings: Codings = { facts: {}, answers: {} };
  const done = new Set<string>();
  const next = () => questionnaire(d.loaded.compiled, codings).find((q) => !done.has(questionKey(q)));
  for (let q = next(); q; q = next()) {
    const value = decide(q);
    press(q, value);
    if (value === 'finish') break;
    done.add(questionKey(q));
    if (q.kind === 'fact') codings.facts[q.id] = value;
    else codings.answers[q.id] = value as Codings['answers'][string];
    if (next()) await screen.next();
  }
  return d.end;

  function press(q: Question, value: Decision): void {
    const def = q.kind === 'fact' ? set.facts.find((f) => f.id === q.id) : undefined;
    // An expert age may be a range; the trainee types it as 17-19.
    const text = typeof value === 'object' ? `${value.min}-${value.max}` : String(value);
    if (def?.type === 'number') {
      const typed = value === 'finish' ? 'f' : value === 'unknown' ? '' : value === 'declined' ? 'd' : text;
      if (typed) screen.type(typed);
      screen.keypress('enter');
      return;
    }
    if (def?.type === 'choice') {
      const values = [...(def.options ?? []).map((o) => o.id), 'unknown', 'declined', 'finish'];
      const index = values.indexOf(text);
      if (index < 0) throw new Error(`no choice ${text} for ${q.id}`);
      for (let i = 0; i < index; i++) screen.keypress('down');
      screen.keypress('enter');
      return;
    }
    const keys: Record<string, string> = { yes: 'y', no: 'n', unknown: 'u', declined: 'd', finish: 'f' };
    screen.keypress(keys[text]!);
  }
}
