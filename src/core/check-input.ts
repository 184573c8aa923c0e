/**
 * Checks one record of facts and answers against a set: every key must name a fact or indicator
 * of the set, and every value must be one the set allows. Pure; callers turn the paths into
 * file positions (score) or record numbers (batch).
 */
import { NUMBER_FACT_FORMS, parseNumberFact, withinBounds } from './age.js';
import type { ScreeningInput } from './engine.js';
import { ANSWER_VALUES, type AnswerValue, type IndicatorSet } from './schema.js';

export interface InputProblem {
  path: (string | number)[];
  message: string;
}

const UNKNOWNS = new Set(['unknown', 'declined']);

export function checkInput(
  set: IndicatorSet,
  facts: unknown,
  answers: unknown,
): { input: ScreeningInput; problems: InputProblem[] } {
  const problems: InputProblem[] = [];
  const input: Required<ScreeningInput> = { facts: {}, answers: {} };
  const indicatorIds = new Set(set.indicators.map((i) => i.id));

  if (answers !== undefined && answers !== null && !isRecord(answers))
    problems.push({
      path: ['answers'],
      message: 'answers must be a mapping of indicator id to yes/no/unknown/declined',
    });
  else
    for (const [id, value] of Object.entries(answers ?? {})) {
      if (!indicatorIds.has(id)) {
        const hint = closest(id, [...indicatorIds]);
        problems.push({
          path: ['answers', id],
          message: `"${id}" is not an indicator of set ${set.id}${hint ? `; did you mean "${hint}"?` : ''}`,
        });
        continue;
      }
      if (typeof value !== 'string' || !(ANSWER_VALUES as readonly string[]).includes(value)) {
        problems.push({
          path: ['answers', id],
          message: `answer to "${id}" must be one of ${ANSWER_VALUES.join(', ')} (got ${describe(value)})`,
        });
        continue;
      }
      input.answers[id] = value as AnswerValue;
    }

  if (facts !== undefined && facts !== null && !isRecord(facts))
    problems.push({ path: ['facts'], message: 'facts must be a mapping of fact id to value' });
  else
    for (const [id, value] of Object.entries(facts ?? {})) {
      const def = set.facts.find((f) => f.id === id);
      if (!def) {
        problems.push({
          path: ['facts', id],
          message: `"${id}" is not a fact of set ${set.id}; facts are ${set.facts.map((f) => f.id).join(', ')}`,
        });
        continue;
      }
      if (value === null || (typeof value === 'string' && UNKNOWNS.has(value))) {
        input.facts[id] = value;
        continue;
      }
      if (def.type === 'number') {
        const min = def.min ?? -Infinity;
        const max = def.max ?? Infinity;
        const n = parseNumberFact(value, min, max);
        // The value itself is never quoted: an age as typed can be identifying with the rest.
        if (n === undefined || (typeof n !== 'string' && !withinBounds(n, min, max)))
          problems.push({
            path: ['facts', id],
            message: `fact "${id}" must be a number${def.min !== undefined ? ` from ${def.min} to ${def.max}` : ''}, ${NUMBER_FACT_FORMS}`,
          });
        else input.facts[id] = n;
        continue;
      }
      const allowed = def.type === 'tristate' ? ['yes', 'no'] : (def.options ?? []).map((o) => o.id);
      if (typeof value !== 'string' || !allowed.includes(value))
        problems.push({
          path: ['facts', id],
          message: `fact "${id}" must be one of ${[...allowed, 'unknown', 'declined'].join(', ')}${typeof value === 'string' ? '' : ` (got ${describe(value)})`}`,
        });
      else input.facts[id] = value;
    }
  return { input, problems };
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Names the kind of a bad value without echoing long text (answers can be sensitive). */
function describe(v: unknown): string {
  if (typeof v === 'string') return v.length <= 20 ? `"${v}"` : 'a long text';
  if (typeof v === 'boolean') return `${v} (write "yes" or "no" in quotes)`;
  if (typeof v === 'number') return String(v);
  if (v === null || v === undefined) return 'nothing';
  return Array.isArray(v) ? 'a list' : 'a mapping';
}

/** The candidate with the smallest edit distance, when it is close enough to be a likely typo. */
function closest(word: string, candidates: string[]): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = editDistance(word, c);
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return bestD <= Math.max(2, Math.floor(word.length / 4)) ? best : undefined;
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
