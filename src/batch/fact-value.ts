/**
 * A fact's value as the engine takes it, from what a record holds: a number within the fact's
 * bounds (or a range or estimate of one), one of its options, or yes/no; unknown and declined
 * are no value. Anything else is INVALID, and the record goes to explain-record.ts.
 */
import { ST, type FactValue } from '../core/condition.js';
import { parseNumberFact, withinBounds } from '../core/age.js';
import type { FactDef } from '../core/schema.js';
import { answerCode } from './values.js';

export const INVALID = Symbol('invalid');

const DIGITS = /^\s*\d+(\.\d+)?\s*$/;

export class FactReader {
  private readonly options: (Set<string> | undefined)[];

  constructor(private readonly defs: FactDef[]) {
    this.options = defs.map((f) => (f.options ? new Set(f.options.map((o) => o.id)) : undefined));
  }

  /** The engine value of fact `index` (undefined: unknown or declined), or INVALID. */
  value(index: number, v: unknown): FactValue | typeof INVALID {
    const def = this.defs[index]!;
    if (def.type === 'number') {
      const min = def.min ?? -Infinity;
      const max = def.max ?? Infinity;
      // Plain numbers are nearly every record: no parsing, no allocation.
      if (typeof v === 'number') return Number.isFinite(v) && min <= v && v <= max ? v : INVALID;
      if (typeof v === 'string' && DIGITS.test(v)) {
        const n = Number(v);
        return min <= n && n <= max ? n : INVALID;
      }
      // A range or an estimate ("17-19", "about 18", {min, max}): rare, a small frozen object.
      const n = parseNumberFact(v, min, max);
      if (n === 'unknown' || n === 'declined') return undefined;
      if (n !== undefined) return withinBounds(n, min, max) ? n : INVALID;
    } else if (def.type === 'choice') {
      if (typeof v === 'string' && this.options[index]!.has(v)) return v;
    } else {
      const code = answerCode(v);
      if (code === ST.yes) return 'yes';
      if (code === ST.no) return 'no';
    }
    const code = answerCode(v);
    return code === ST.unknown || code === ST.declined ? undefined : INVALID;
  }
}
