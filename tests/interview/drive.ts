/** Drives the real interview through @inquirer/testing's virtual screen, with no TTY. */
import { screen, wrapPrompt } from '@inquirer/testing/vitest';
import { Chalk } from 'chalk';
import { Readable } from 'node:stream';
import { interviewSetup } from '../../src/interview/setup.js';
import { runInterview, type InterviewEnd } from '../../src/interview/run-interview.js';
import { newSession, type Session } from '../../src/io/session.js';
import type { Translation } from '../../src/io/translations.js';
import { createPrompter } from '../../src/ui/prompts.js';

export { screen };

/** The first indicator of the default set, where the facts end. */
export const FIRST_INDICATOR = 'indicator:nhrck16.act.recruitment';

/**
 * An adult of 30, not in danger: every other fact unknown (or the sector at that position), every
 * indicator "no". The answers most tests walk through to reach a screen.
 */
export const adult30 =
  (sector?: string) =>
  (key: string): string => {
    if (key === 'safety') return 'n';
    if (key === 'opening') return 'c';
    if (key === 'fact:age') return '30';
    if (key === 'fact:sector' && sector !== undefined) return sector;
    return key.startsWith('fact:') ? 'u' : 'n';
  };

/** The question of the short path offer (en). */
export const SHORT_PATH = 'Enough to refer. What now?';
const SHORT_PATH_KO = '의뢰하기에 충분합니다';

export interface Drive {
  session: Session;
  saved: Session[];
  output: () => string;
  end: Promise<InterviewEnd>;
  /** The set's facts, to know how each fact screen is answered. */
  facts: { id: string; type: string; options?: unknown[] }[];
}

/**
 * Starts an interview as `screen` does. With `frameworks` (or a session that stores them, as
 * `resume` reads it) the interview is planned and scored under those frameworks.
 */
export function startInterview(
  session?: Session,
  lang: 'ko' | 'en' = 'en',
  respondent?: Translation,
  frameworks?: string[],
  width = 80,
  command?: string,
): Drive {
  const s =
    session ??
    newSession({
      set: 'nhrck-2016',
      lang,
      now: new Date('2026-11-01T10:00:00Z'),
      ...(frameworks ? { frameworks } : {}),
    });
  // As `resume` does: the session itself says whether it is scored under several frameworks.
  const { loaded, frameworks: mode } = interviewSetup(s, process.cwd());
  const saved: Session[] = [];
  let out = '';
  const io = { stdin: Readable.from([]), stdout: { write: () => true }, env: {} };
  const prompter = createPrompter(io, { wrap: wrapPrompt });
  const end = runInterview({
    loaded,
    session: s,
    prompter,
    out: { write: (x: string) => ((out += x), true) },
    style: { chalk: new Chalk({ level: 0 }), width },
    save: (x) => saved.push(structuredClone(x)),
    ...(respondent ? { respondent } : {}),
    ...(mode ? { frameworks: mode } : {}),
    now: () => new Date('2026-11-01T10:05:00Z'),
    ...(command ? { command } : {}),
  });
  return { session: s, saved, output: () => out, end, facts: loaded.set.facts };
}

/**
 * Answers questions until the review screen (or until `stopAt` is reached). `decide` gets the
 * step key ("fact:age", "indicator:<id>") and returns the key to press, or text to type for the age.
 */
export async function answerUntil(
  d: Drive,
  decide: (key: string) => string,
  stopAt = 'review',
): Promise<void> {
  for (let guard = 0; guard < 200; guard++) {
    const key = d.session.cursor ?? 'safety';
    if (key === stopAt) return;
    if (screen.getScreen().includes(SHORT_PATH) || screen.getScreen().includes(SHORT_PATH_KO)) {
      // The short path is offered once the rule holds: these runs keep asking.
      screen.keypress('down');
      screen.keypress('enter');
      await screen.next();
      continue;
    }
    const choice = decide(key);
    const fact = key.startsWith('fact:') ? d.facts.find((f) => `fact:${f.id}` === key) : undefined;
    if (fact?.type === 'number') {
      // A number screen takes typed text; a key meant for a yes/no screen stands for "unknown".
      if (/\d/.test(choice)) screen.type(choice);
      screen.keypress('enter');
    } else if (fact?.type === 'choice') {
      // The choice at that position; anything else picks "unknown", listed after the options.
      // Down once off the "(choose with ↑↓)" line an untouched list starts on, then to the choice.
      const n = /^\d+$/.test(choice) ? Number(choice) : (fact.options?.length ?? 0);
      const untouched = d.session.facts[fact.id] === undefined;
      for (let i = 0; i < n + (untouched ? 1 : 0); i++) screen.keypress('down');
      screen.keypress('enter');
    } else screen.keypress(choice);
    await screen.next();
  }
  throw new Error(`never reached ${stopAt}`);
}

/** Finishes from the review screen ("Finish the screening" is the first choice). */
export async function finishReview(d: Drive): Promise<InterviewEnd> {
  screen.keypress('enter');
  return d.end;
}
