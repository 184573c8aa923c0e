/**
 * Checks one record of facts and answers against a set: every key must name a fact or indicator
 * of the set, and every value must be one the set allows. Pure; callers turn the paths into
 * file positions (score) or record numbers (batch).
 */
import { NUMBER_FACT_FORMS, parseNumberFact, withinBounds } from './age.js';
import type { ScreeningInput } from './engine.js';
import { ANSWER_SPELLINGS, answerValue } from './answer-values.js';
import type { FactDef, IndicatorSet } from './schema.js';

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
    problems.push({
      path: ['answers'],
      message: 'answers must be a mapping of indicator id to yes/no/unknown/declined',
      ko: 'answers는 지표 id와 yes/no/unknown/declined 답의 매핑이어야 합니다',
    });
    return;
  }
  const { indicatorIds, hintFor } = idsOf(set);
  let hints = 0;
  for (const [id, value] of Object.entries(answers ?? {})) {
    if (!indicatorIds.has(id)) {
      const hint = hints++ < MAX_HINTS ? hintFor(id) : undefined;
      problems.push({
        path: ['answers', id],
        message: `"${id}" is not an indicator of set ${set.id}${hint ? `; did you mean "${hint}"?` : ''}`,
        ko: `"${id}"은(는) ${set.id} 세트의 지표가 아닙니다${hint ? `; "${hint}"을(를) 말씀하신 건가요?` : ''}`,
      });
      continue;
    }
    const answer = answerValue(value);
    // The value itself is never quoted: a wrong answer is often an identifying detail.
    if (answer === undefined) {
      problems.push({
        path: ['answers', id],
        message: `answer to "${id}" must be ${ANSWER_SPELLINGS} (got ${describe(value)})`,
        ko: `"${id}"의 답은 yes, no, unknown, declined(예, 아니오, 모름, 거부) 중 하나여야 합니다 (받은 값: ${describe(value, 'ko')})`,
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
    problems.push({
      path: ['facts'],
      message: 'facts must be a mapping of fact id to value',
      ko: 'facts는 사실 id와 값의 매핑이어야 합니다',
    });
    return;
  }
  const factDefs = new Map(set.facts.map((f) => [f.id, f]));
  for (const [id, value] of Object.entries(facts ?? {})) {
    const def = factDefs.get(id);
    if (!def) {
      const factList = set.facts.map((f) => f.id).join(', ');
      problems.push({
        path: ['facts', id],
        message: `"${id}" is not a fact of set ${set.id}; facts are ${factList}`,
        ko: `"${id}"은(는) ${set.id} 세트의 사실 항목이 아닙니다; 사실 항목: ${factList}`,
      });
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
      return {
        message: `fact "${id}" must be a number${def.min !== undefined ? ` from ${def.min} to ${def.max}` : ''}, ${NUMBER_FACT_FORMS}`,
        ko: `사실 "${id}"은(는) ${def.min !== undefined ? `${def.min}에서 ${def.max} 사이의 ` : ''}숫자, 범위(17-19), 어림값(약 18), unknown 또는 declined여야 합니다`,
      };
    return { value: n };
  }
  const allowed = def.type === 'tristate' ? ['yes', 'no'] : (def.options ?? []).map((o) => o.id);
  if (typeof value !== 'string' || !allowed.includes(value))
    return {
      message: `fact "${id}" must be one of ${[...allowed, 'unknown', 'declined'].join(', ')} (got ${describe(value)})`,
      ko: `사실 "${id}"은(는) ${[...allowed, 'unknown', 'declined'].join(', ')} 중 하나여야 합니다 (받은 값: ${describe(value, 'ko')})`,
    };
  return { value };
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Names the kind of a bad value, never the value: answers and facts can identify a person. */
/** What kind of value was given, never the value itself, in English or Korean. */
const KINDS = {
  en: {
    text: 'another text',
    boolean: 'true or false',
    number: 'a number',
    none: 'nothing',
    list: 'a list',
    map: 'a mapping',
  },
  ko: {
    text: '다른 글자',
    boolean: 'true 또는 false',
    number: '숫자',
    none: '없음',
    list: '목록',
    map: '매핑',
  },
};

function describe(v: unknown, lang: 'en' | 'ko' = 'en'): string {
  const k = KINDS[lang];
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
