/**
 * The values a batch record may use for an answer, a yes/no fact or a reference label, with the
 * aliases that exported spreadsheets and statistics packages write. Lookups try the value as it
 * is first (the common case costs one Map lookup), then trimmed and lower-cased.
 */
import { ANSWER_ALIASES } from '../core/answer-values.js';
import { ST } from '../core/condition.js';

type Code = (typeof ST)[keyof typeof ST];

// One list for score and batch: see src/core/answer-values.ts.
export { ANSWER_ALIASES };

/** Reference labels for --label: who was in fact identified as a victim. */
export const LABEL_ALIASES: Record<'positive' | 'negative', (string | number | boolean)[]> = {
  positive: ['victim', 'yes', 'y', '1', 1, true, 'true', 'positive', 'pos', '예', '피해자'],
  negative: [
    'non-victim',
    'nonvictim',
    'not-victim',
    'not victim',
    'no',
    'n',
    '0',
    0,
    false,
    'false',
    'negative',
    'neg',
    '아니오',
    '아니요',
    '비피해자',
  ],
};

const answerCodes = new Map<unknown, Code>();
for (const [name, list] of Object.entries(ANSWER_ALIASES))
  for (const v of list) answerCodes.set(v, ST[name as keyof typeof ANSWER_ALIASES]);

/** ST code for an answer value or alias, or -1 when it is none of them. */
export function answerCode(v: unknown): number {
  // The canonical values first: JSON.parse gives the same interned strings every time.
  if (v === 'yes') return ST.yes;
  if (v === 'no') return ST.no;
  if (v === 'unknown') return ST.unknown;
  if (v === 'declined') return ST.declined;
  const code = answerCodes.get(v);
  if (code !== undefined) return code;
  if (typeof v !== 'string') return -1;
  return answerCodes.get(v.trim().toLowerCase()) ?? -1;
}

export const LABEL = { none: 0, positive: 1, negative: 2 } as const;
const labelCodes = new Map<unknown, number>();
for (const v of LABEL_ALIASES.positive) labelCodes.set(v, LABEL.positive);
for (const v of LABEL_ALIASES.negative) labelCodes.set(v, LABEL.negative);

/** LABEL code of a reference label; anything else (blank, "unknown", a typo) is unlabelled. */
export function labelCode(v: unknown): number {
  const code = labelCodes.get(v);
  if (code !== undefined) return code;
  if (typeof v !== 'string') return LABEL.none;
  return labelCodes.get(v.trim().toLowerCase()) ?? LABEL.none;
}
