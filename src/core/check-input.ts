/**
 * Checks one record of facts and answers against a set: every key must name a fact or indicator
 * of the set, and every value must be one the set allows. Pure; callers turn the paths into
 * file positions (score) or record numbers (batch).
 */
import { NUMBER_FACT_FORMS, parseNumberFact, withinBounds } from './age.js';
import type { ScreeningInput } from './engine.js';
import { ANSWER_SPELLINGS, answerValue } from './answer-values.js';
import type { FactDef, IndicatorSet } from './schema.js';
import { inBoth, type Catalogue } from '../base/catalogue/index.js';

type Words = Catalogue['inputProblems'];
/** A problem's message in English and in Korean, from the same catalogue entry. */
const said = (f: (t: Words) => string) => inBoth((c) => f(c.inputProblems));

export interface InputProblem {
  path: (string | number)[];
  message: string;
  /** The same problem said in Korean. */
  ko: string;
}

/** "Did you mean" is worked out for this many unknown ids; a file with thousands gets no more. */
const MAX_HINTS = 20;

export function checkInput(
  set: IndicatorSet,
  facts: unknown,
  answers: unknown,
): { input: ScreeningInput; problems: InputProblem[] } {
  const problems: InputProblem[] = [];
  const input: Required<ScreeningInput> = { facts: {}, answers: {} };
  checkAnswers(set, answers, problems, input.answers);
  checkFacts(set, facts, problems, input.facts);
  return { input, problems };
}

function checkAnswers(
  set: IndicatorSet,
  answers: unknown,
  problems: InputProblem[],
  out: Required<ScreeningInput>['answers'],
): void {
  if (answers !== undefined && answers !== null && !isRecord(answers)) {
    problems.push({ path: ['answers'], ...said((t) => t.answersNotMapping) });
    return;
  }
  const { indicatorIds, hintFor } = idsOf(set);
  let hints = 0;
  for (const [id, value] of Object.entries(answers ?? {})) {
    if (!indicatorIds.has(id)) {
      const hint = hints++ < MAX_HINTS ? hintFor(id) : undefined;
      problems.push({ path: ['answers', id], ...said((t) => t.notIndicator(id, set.id, hint)) });
      continue;
    }
    const answer = answerValue(value);
    // The value itself is never quoted: a wrong answer is often an identifying detail.
    if (answer === undefined) {
      problems.push({
        path: ['answers', id],
        ...said((t) => t.badAnswer(id, describe(value, t), ANSWER_SPELLINGS)),
      });
      continue;
    }
    out[id] = answer;
  }
}

function checkFacts(
  set: IndicatorSet,
  facts: unknown,
  problems: InputProblem[],
  out: Required<ScreeningInput>['facts'],
): void {
  if (facts !== undefined && facts !== null && !isRecord(facts)) {
    problems.push({ path: ['facts'], ...said((t) => t.factsNotMapping) });
    return;
  }
  const factDefs = new Map(set.facts.map((f) => [f.id, f]));
  for (const [id, value] of Object.entries(facts ?? {})) {
    const def = factDefs.get(id);
    if (!def) {
      const factList = set.facts.map((f) => f.id).join(', ');
      problems.push({ path: ['facts', id], ...said((t) => t.notFact(id, set.id, factList)) });
      continue;
    }
    const checked = factValue(def, value);
    if ('message' in checked)
      problems.push({ path: ['facts', id], message: checked.message, ko: checked.ko });
    else out[id] = checked.value;
  }
}

type FactInputValue = NonNullable<ScreeningInput['facts']>[string];

/** One fact's value as the set allows it, or what is wrong with it. */
function factValue(
  def: FactDef,
  value: unknown,
): { value: FactInputValue } | { message: string; ko: string } {
  const id = def.id;
  if (value === null) return { value: null };
  // An option id is taken as written, even one that looks like a spelling of unknown ("na").
  if (def.type === 'choice' && typeof value === 'string' && def.options?.some((o) => o.id === value))
    return { value };
  // Numbers are ages and counts, never the 1/0 spelling of yes/no.
  const spelt = typeof value === 'number' ? undefined : answerValue(value);
  if (spelt === 'unknown' || spelt === 'declined') return { value: spelt };
  if (def.type === 'tristate') {
    const yn = answerValue(value);
    if (yn === 'yes' || yn === 'no') return { value: yn };
  }
  if (def.type === 'number') {
    const min = def.min ?? -Infinity;
    const max = def.max ?? Infinity;
    const n = parseNumberFact(value, min, max);
    // The value itself is never quoted: an age as typed can be identifying with the rest.
    if (n === undefined || (typeof n !== 'string' && !withinBounds(n, min, max)))
      return said((t) =>
        t.badNumber(id, def.min !== undefined ? [def.min, def.max!] : undefined, NUMBER_FACT_FORMS),
      );
    return { value: n };
  }
  const allowed = def.type === 'tristate' ? ['yes', 'no'] : (def.options ?? []).map((o) => o.id);
  if (typeof value !== 'string' || !allowed.includes(value))
    return said((t) => t.badChoice(id, [...allowed, 'unknown', 'declined'].join(', '), describe(value, t)));
  return { value };
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** What kind of value was given, never the value itself, in the words of `t`. */
function describe(v: unknown, t: Words): string {
  const k = t.kind;
  if (typeof v === 'string') return k.text;
  if (typeof v === 'boolean') return k.boolean;
  if (typeof v === 'number') return k.number;
  if (v === null || v === undefined) return k.none;
  return Array.isArray(v) ? k.list : k.map;
}

/** Distinct unknown ids whose suggestion is remembered per set; a hostile file cannot grow it further. */
const HINT_CACHE = 10_000;

interface SetIds {
  indicatorIds: Set<string>;
  hintFor: (id: string) => string | undefined;
}

/**
 * A set's indicator ids, and the closest one to an unknown id, worked out once per set and per
 * distinct unknown id: a batch whose every record carries the same typo pays for it once.
 */
const setIds = new WeakMap<IndicatorSet, SetIds>();
function idsOf(set: IndicatorSet): SetIds {
  let known = setIds.get(set);
  if (!known) {
    const ids = set.indicators.map((i) => i.id);
    const hints = new Map<string, string | undefined>();
    known = {
      indicatorIds: new Set(ids),
      hintFor: (id) => {
        if (hints.has(id)) return hints.get(id);
        const hint = closest(id, ids);
        if (hints.size < HINT_CACHE) hints.set(id, hint);
        return hint;
      },
    };
    setIds.set(set, known);
  }
  return known;
}

/** The set's indicator id closest to an unknown one, when it is close enough to be a typo. */
export const suggestIndicator = (set: IndicatorSet, id: string): string | undefined => idsOf(set).hintFor(id);

/** The candidate with the smallest edit distance, when it is close enough to be a likely typo. */
function closest(word: string, candidates: string[]): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  const limit = Math.max(2, Math.floor(word.length / 4));
  if (word.length > 200) return undefined;
  for (const c of candidates) {
    // Lengths further apart than the limit cannot be within it.
    if (Math.abs(c.length - word.length) > limit) continue;
    const d = editDistance(word, c);
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return bestD <= limit ? best : undefined;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++)
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}
