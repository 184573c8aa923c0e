/**
 * The identifying-data guard for batch input. Researchers must score anonymised records only, so
 * input whose field names look like names, phone numbers, addresses, e-mail, registration,
 * passport, account or plate numbers or dates of birth (in English or Korean), or whose values
 * look like any of these, is refused. Findings name the field and the line, never the value.
 * What looks identifying is decided in src/privacy, shared with notes, answers files and case codes.
 */
import { fieldNameKind, findIdentifying, kindsOf, type IdentifyingKind } from './find.js';

export type PiiKind = IdentifyingKind;

/** What a field name suggests it holds, if it is identifying. */
export const nameKind = fieldNameKind;

/**
 * What a value looks like, if it looks identifying. Names count too: nobody can be asked about
 * a batch record, and --allow-identifiers is there for data that may be processed. A Latin-script
 * name counts only inside running text (met Maria Santos): a value in Title Case alone is far more
 * often a category (Referred Elsewhere) than a person.
 */
export function valueKind(v: unknown): PiiKind | undefined {
  if (typeof v === 'string') {
    if (v.length < 3) return undefined;
    const running = /(?:^|\s)[a-z]/.test(v);
    const findings = findIdentifying(v).filter(
      (f) => f.confidence === 'refuse' || running || !/^[A-Za-z]/.test(v.slice(f.start, f.end)),
    );
    return kindsOf(findings)[0];
  }
  // A number column loses the leading 0 of a phone number or of a 2000s resident number.
  if (typeof v === 'number' && Number.isInteger(v) && Math.abs(v) >= 1e6) {
    const s = String(Math.abs(v));
    return valueKind(s) ?? valueKind(`0${s}`) ?? valueKind(s.padStart(13, '0'));
  }
  return undefined;
}

/**
 * What a field name or key gives away as a value (a phone number used as a key). Likely names
 * do not count here: Title Case headers (Intake Wave) read like names and are not.
 */
export function keyKind(key: string): PiiKind | undefined {
  return kindsOf(findIdentifying(key).filter((f) => f.confidence === 'refuse'))[0];
}

// ---- Findings ----

export interface PiiFinding {
  field: string;
  kind: PiiKind;
  /** Whether the field's name or its values gave it away. */
  via: 'name' | 'value';
  /** The first few line numbers (0 for a CSV header or a whole-input finding). */
  lines: number[];
  count: number;
}

const KEEP_LINES = 5;
const MAX_FIELDS = 100;

/** Collects findings per field and kind; keeps counts and the first few line numbers only. */
export class PiiFindings {
  private readonly byKey = new Map<string, PiiFinding>();
  /** Line of the first record with a finding, or 0. */
  firstLine = 0;
  /** Findings added, over all fields. */
  total = 0;
  /** Findings in fields beyond the first MAX_FIELDS (input with endless distinct keys). */
  overflow = 0;

  add(field: string, kind: PiiKind, via: 'name' | 'value', line: number, count = 1): void {
    const key = `${via}\u0000${kind}\u0000${field}`;
    this.total += count;
    let f = this.byKey.get(key);
    if (!f) {
      if (this.byKey.size >= MAX_FIELDS) {
        this.overflow += count;
        return;
      }
      f = { field, kind, via, lines: [], count: 0 };
      this.byKey.set(key, f);
    }
    f.count += count;
    if (f.lines.length < KEEP_LINES && !f.lines.includes(line)) f.lines.push(line);
    if (this.firstLine === 0 || (line > 0 && line < this.firstLine)) this.firstLine = line;
  }

  /** Adds findings made on a chunk whose lines were numbered from 1 (worker threads). */
  merge(other: readonly PiiFinding[], lineOffset: number): void {
    for (const f of other) {
      const [first, ...rest] = f.lines;
      this.add(f.field, f.kind, f.via, (first ?? 0) + lineOffset, f.count);
      for (const line of rest) this.add(f.field, f.kind, f.via, line + lineOffset, 0);
    }
  }

  get size(): number {
    return this.byKey.size;
  }

  list(): PiiFinding[] {
    return [...this.byKey.values()];
  }
}

/**
 * Checks one parsed record (a JSON value) in full: every field name not in `known`, and every
 * value. Used for records that did not pass the fast path, where anything may hide.
 */
export function scanValue(
  value: unknown,
  path: string,
  known: ReadonlySet<string>,
  line: number,
  out: PiiFindings,
  depth = 0,
): void {
  if (value !== null && typeof value === 'object') {
    if (depth > 32) return;
    const entries = Array.isArray(value)
      ? value.map((v, i) => [String(i), v] as const)
      : Object.entries(value as Record<string, unknown>);
    for (const [key, v] of entries) {
      if (!Array.isArray(value)) scanField(key, v, known, line, out, path, depth);
      else scanValue(v, `${path || '(record)'}[]`, known, line, out, depth + 1);
    }
    return;
  }
  const kind = valueKind(value);
  if (kind) out.add(path || '(record)', kind, 'value', line);
}

/**
 * One field of a record (at `path`, the record itself when empty): its name unless `known`,
 * then its value, as scanValue checks every field.
 */
export function scanField(
  key: string,
  v: unknown,
  known: ReadonlySet<string>,
  line: number,
  out: PiiFindings,
  path = '',
  depth = 0,
): void {
  const checkName = !known.has(key);
  // A key can itself be a value (a phone number used as a key): never print it.
  const keyFound = checkName ? keyKind(key) : undefined;
  const field = keyFound ? `${path || '(record)'}.(a field name)` : path ? `${path}.${key}` : key;
  if (keyFound) out.add(field, keyFound, 'value', line);
  else if (checkName) {
    const kind = nameKind(key);
    if (kind) out.add(field, kind, 'name', line);
  }
  scanValue(v, field, known, line, out, depth + 1);
}
