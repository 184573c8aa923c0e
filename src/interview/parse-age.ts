import { parseNumberFact, withinBounds, type NumberFact } from '../core/age.js';

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
