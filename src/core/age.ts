/**
 * Reads a number fact (an age) as people write it: a number, a range, an estimate ("about 18"),
 * or unknown/declined, in English or Korean. Pure: no I/O.
 *
 * An estimate "about N" is read as the range N-2 to N+2, clipped to the fact's bounds. Ages
 * guessed from appearance or from a person's own account are often two years off either way, and
 * whether the child rule applies must not be decided by a guess: "about 18" leaves it open.
 *
 * Every pattern is linear (no nested quantifiers) and the text is at most MAX_LENGTH characters,
 * so a long or hostile value costs nothing.
 */
import type { NumberRange } from './condition.js';

export type NumberFact = number | NumberRange | 'unknown' | 'declined';

/** Longer texts are refused before any pattern runs. */
export const MAX_LENGTH = 40;
/** How far an estimate ("about 18") may be off either way, in the fact's unit (years). */
export const ESTIMATE_SPREAD = 2;

const NUM = String.raw`(\d{1,9}(?:\.\d{1,9})?)`;
// Runs of white space are made one space first, so " ?" is all a pattern needs.
const UNIT = '(?: ?(?:세|살))?';
const EXACT = new RegExp(`^${NUM}${UNIT}$`, 'u');
const RANGE = new RegExp(`^${NUM}${UNIT} ?(?:-|–|—|~|〜|～|to|\\.\\.) ?${NUM}${UNIT}$`, 'u');
const ABOUT_BEFORE = new RegExp(
  `^(?:about|around|approx\\.?|approximately|circa|ca\\.?|c\\.|~|～|약) ?${NUM}${UNIT}$`,
  'u',
);
const ABOUT_AFTER = new RegExp(`^${NUM}${UNIT} ?(?:쯤|정도|가량|내외)$`, 'u');

const UNKNOWN = new Set(['unknown', '모름', '미상']);
const DECLINED = new Set(['declined', '거부', '답변거부', '응답거부']);

/**
 * A number fact as given, or undefined when it is none of the forms below. min and max are the
 * fact's bounds; they only clip an estimate. A plain number or a range outside them is kept as
 * given, for the caller to refuse with its own message.
 *
 *   16, "16", " 16 ", "16세"                      the number
 *   "17-19", "17–19", "17~19", "17 to 19", "17..19", {min: 17, max: 19}   a range (19-17 is read as 17-19)
 *   "about 18", "approx. 18", "~18", "c. 18", "약 18", "18세쯤", "18살 정도", "18 정도"
 *                                               18-2 to 18+2, clipped to [min, max]
 *   "unknown", "모름"; "declined", "거부"
 *
 * A range whose ends are equal is that number.
 */
export function parseNumberFact(value: unknown, min: number, max: number): NumberFact | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return fromMapping(value);
  if (typeof value !== 'string' || value.length > MAX_LENGTH) return undefined;
  const s = value.trim().replace(/\s+/g, ' ').toLowerCase();
  if (UNKNOWN.has(s)) return 'unknown';
  if (DECLINED.has(s)) return 'declined';
  let m = EXACT.exec(s);
  if (m) return Number(m[1]);
  m = RANGE.exec(s);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    return numberRange(Math.min(a, b), Math.max(a, b));
  }
  m = ABOUT_BEFORE.exec(s) ?? ABOUT_AFTER.exec(s);
  if (m) return estimate(Number(m[1]), min, max);
  return undefined;
}

/** A range, or the number itself when both ends are the same. */
export function numberRange(lo: number, hi: number): number | NumberRange {
  return lo === hi ? lo : Object.freeze({ min: lo, max: hi });
}

/** "About n": n ± ESTIMATE_SPREAD, clipped to the bounds when n is inside them. */
function estimate(n: number, min: number, max: number): number | NumberRange {
  const lo = n - ESTIMATE_SPREAD;
  const hi = n + ESTIMATE_SPREAD;
  if (n < min || n > max) return numberRange(lo, hi);
  return numberRange(Math.max(lo, min), Math.min(hi, max));
}

/** {min, max}: two finite numbers, min ≤ max, and no other keys. */
function fromMapping(v: object): number | NumberRange | undefined {
  const keys = Object.keys(v);
  if (keys.length !== 2 || !('min' in v) || !('max' in v)) return undefined;
  const { min, max } = v;
  if (typeof min !== 'number' || typeof max !== 'number') return undefined;
  if (!Number.isFinite(min) || !Number.isFinite(max) || min > max) return undefined;
  return numberRange(min, max);
}

/** Whether a parsed number or range lies within [min, max]. */
export function withinBounds(v: number | NumberRange, min: number, max: number): boolean {
  return typeof v === 'number' ? min <= v && v <= max : min <= v.min && v.max <= max;
}

/** How a number fact may be written, for messages and help. */
export const NUMBER_FACT_FORMS = 'a range such as 17-19, "about 18", unknown or declined';
