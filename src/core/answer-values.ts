/**
 * The spellings an answer (or a yes/no fact) may be written in, shared by `score` and `batch` so
 * that a file means the same to both: the four canonical values, and the aliases that exported
 * spreadsheets, statistics packages and Korean forms write. Lookups try the value as it is first,
 * then trimmed and lower-cased. Pure.
 */
import type { AnswerValue } from './schema.js';

/** Documented in README ("For researchers"); keep the two in step. */
export const ANSWER_ALIASES: Record<AnswerValue, (string | number | boolean | null)[]> = {
  yes: ['yes', 'y', '1', 1, true, 'true', '예', '네'],
  no: ['no', 'n', '0', 0, false, 'false', '아니오', '아니요'],
  unknown: ['unknown', '', 'u', '?', 'na', 'n/a', 'nan', 'null', null, '모름', '미상'],
  declined: ['declined', 'refused', '거부', '답변거부', '응답거부'],
};

const byValue = new Map<unknown, AnswerValue>();
for (const [name, list] of Object.entries(ANSWER_ALIASES) as [AnswerValue, unknown[]][])
  for (const v of list) byValue.set(v, name);

/** The canonical answer a value spells, or undefined when it spells none. */
export function answerValue(v: unknown): AnswerValue | undefined {
  const hit = byValue.get(v);
  if (hit !== undefined || typeof v !== 'string') return hit;
  return byValue.get(v.trim().toLowerCase());
}

/** How the accepted spellings are described in messages. */
export const ANSWER_SPELLINGS =
  'one of yes, no, unknown, declined (also y/n, true/false, 1/0, 예/아니오/모름/거부)';
