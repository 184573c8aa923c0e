/**
 * Reads one batch record (a parsed JSONL object or the fields of a CSV row) straight into the
 * engine's buffers, resolving column names and values through the mapping and the aliases.
 * This is the per-record fast path: no objects are built for a good record. A record it cannot
 * read is handed to explain(), which runs checkInput on the record normalised the same way, so
 * the messages are the ones `score` gives, located at the record's own field names.
 */
import { ST, STATE_NAMES, type FactValue } from '../core/condition.js';
import { parseNumberFact, withinBounds } from '../core/age.js';
import { checkInput } from '../core/check-input.js';
import type { CompiledSet } from '../core/engine.js';
import type { FactDef } from '../core/schema.js';
import type { Mapping } from './mapping.js';
import { answerCode, labelCode, LABEL } from './values.js';

export const FIELD = {
  indicator: 0,
  fact: 1,
  id: 2,
  label: 3,
  ignore: 4,
  factsObject: 5,
  answersObject: 6,
  unknown: 7,
} as const;
type FieldKind = (typeof FIELD)[keyof typeof FIELD];

export interface Field {
  kind: FieldKind;
  /** Index of the indicator or fact. */
  index: number;
  /** The field's name in the input, and ours (after --map). */
  theirs: string;
  ours: string;
  values: Map<string, string> | undefined;
}

export interface RecordProblem {
  /** Where in the record: a column name, or a dotted path for JSONL ("answers.<id>"). */
  path: string;
  message: string;
}

const DIGITS = /^\s*\d+(\.\d+)?\s*$/;
const MAX_CACHED_FIELDS = 10_000;

export class RecordEncoder {
  readonly state: Uint8Array;
  readonly facts: FactValue[];
  id = '';
  label: number = LABEL.none;
  /** The label as written, for the PII guard (it is free text in some data sets). */
  labelRaw: unknown = undefined;
  /** Set when the record has values the fast path did not look at (ignored columns, big numbers). */
  needsScan = false;

  private readonly factDefs: FactDef[];
  private readonly options: (Set<string> | undefined)[];
  private readonly top = new Map<string, Field>();
  private readonly nestedFacts = new Map<string, Field>();
  private readonly nestedAnswers = new Map<string, Field>();

  constructor(
    private readonly cs: CompiledSet,
    private readonly mapping: Mapping,
    private readonly labelField: string | undefined,
  ) {
    this.state = new Uint8Array(cs.set.indicators.length);
    this.facts = cs.set.facts.map((): FactValue => undefined);
    this.factDefs = cs.set.facts;
    this.options = cs.set.facts.map((f) => (f.options ? new Set(f.options.map((o) => o.id)) : undefined));
  }

  /** How a top-level field (JSONL key or CSV column) is read. */
  field(theirs: string): Field {
    let f = this.top.get(theirs);
    if (f) return f;
    const ours = this.mapping.columns[theirs] ?? theirs;
    const values = valueMapsFor(this.mapping, theirs, ours);
    const ignored = this.mapping.ignore.includes(theirs) || this.mapping.ignore.includes(ours);
    const ind = this.cs.indicatorIndex.get(ours);
    const fact = this.cs.factIndex.get(ours);
    const kind: FieldKind = ignored
      ? FIELD.ignore
      : ours === 'id'
        ? FIELD.id
        : this.labelField !== undefined && (ours === this.labelField || theirs === this.labelField)
          ? FIELD.label
          : ind !== undefined
            ? FIELD.indicator
            : fact !== undefined
              ? FIELD.fact
              : ours === 'facts'
                ? FIELD.factsObject
                : ours === 'answers'
                  ? FIELD.answersObject
                  : FIELD.unknown;
    f = { kind, index: ind ?? fact ?? -1, theirs, ours, values };
    if (this.top.size < MAX_CACHED_FIELDS) this.top.set(theirs, f);
    return f;
  }

  /** A key inside "facts" or "answers": only a fact, or only an indicator, is allowed there. */
  inner(theirs: string, want: typeof FIELD.fact | typeof FIELD.indicator): Field {
    const cache = want === FIELD.fact ? this.nestedFacts : this.nestedAnswers;
    let f = cache.get(theirs);
    if (f) return f;
    const ours = this.mapping.columns[theirs] ?? theirs;
    const index = (want === FIELD.fact ? this.cs.factIndex : this.cs.indicatorIndex).get(ours);
    f = {
      kind: index === undefined ? FIELD.unknown : want,
      index: index ?? -1,
      theirs,
      ours,
      values: valueMapsFor(this.mapping, theirs, ours),
    };
    if (cache.size < MAX_CACHED_FIELDS) cache.set(theirs, f);
    return f;
  }

  /** Starts a record (the byte scanner, json-scan.ts, fills it through the set* methods). */
  reset(): void {
    this.state.fill(0);
    this.facts.fill(undefined);
    this.id = '';
    this.label = LABEL.none;
    this.labelRaw = undefined;
    this.needsScan = false;
  }

  /** A JSONL record, nested ({id, facts, answers}) or flat (ids as keys). False: call explain. */
  encodeObject(rec: unknown): boolean {
    this.reset();
    if (!isRecord(rec)) return false;
    let hasId = false;
    for (const key in rec) {
      const v = rec[key];
      const f = this.field(key);
      switch (f.kind) {
        case FIELD.indicator:
        case FIELD.fact:
        case FIELD.id:
        case FIELD.label:
          if (!this.setValue(f, v)) return false;
          if (f.kind === FIELD.id) hasId = true;
          break;
        case FIELD.ignore:
          this.needsScan = true;
          break;
        case FIELD.factsObject:
          if (v == null) break;
          if (!isRecord(v)) return false;
          for (const k in v) {
            const ff = this.inner(k, FIELD.fact);
            if (ff.kind === FIELD.unknown || !this.setFact(ff, v[k])) return false;
          }
          break;
        case FIELD.answersObject:
          if (v == null) break;
          if (!isRecord(v)) return false;
          for (const k in v) {
            const fa = this.inner(k, FIELD.indicator);
            if (fa.kind === FIELD.unknown || !this.setAnswer(fa, v[k])) return false;
          }
          break;
        default:
          return false;
      }
    }
    return hasId;
  }

  /** A CSV row, with the header's fields. False: call explainCells. */
  encodeCells(cells: string[], fields: readonly Field[]): boolean {
    this.reset();
    if (cells.length !== fields.length) return false;
    let hasId = false;
    for (let c = 0; c < cells.length; c++) {
      const f = fields[c]!;
      const v = cells[c]!;
      switch (f.kind) {
        case FIELD.indicator:
        case FIELD.fact:
        case FIELD.id:
        case FIELD.label:
          if (!this.setValue(f, v)) return false;
          if (f.kind === FIELD.id) hasId = true;
          break;
        case FIELD.ignore:
          if (v !== '') this.needsScan = true;
          break;
        default:
          return false;
      }
    }
    return hasId;
  }

  /** One value of an answer, fact, id or label field, as JSONL and CSV records both carry them. */
  private setValue(f: Field, v: unknown): boolean {
    if (f.kind === FIELD.indicator) return this.setAnswer(f, v);
    if (f.kind === FIELD.fact) return this.setFact(f, v);
    if (f.kind === FIELD.id) return this.setId(v);
    this.setLabel(f, v);
    return true;
  }

  setId(v: unknown): boolean {
    if (typeof v === 'string') {
      if (v.trim() === '') return false;
      this.id = v;
      return true;
    }
    if (typeof v === 'number' && Number.isFinite(v)) {
      this.id = String(v);
      return true;
    }
    return false;
  }

  setLabel(f: Field, v: unknown): void {
    // A label is one value; anything nested is looked at by the full scan.
    if (typeof v === 'object' && v !== null) this.needsScan = true;
    this.labelRaw = v;
    this.label = labelCode(mapValue(f, v));
  }

  setAnswer(f: Field, v: unknown): boolean {
    const code = answerCode(mapValue(f, v));
    if (code < 0) return false;
    this.state[f.index] = code;
    return true;
  }

  setFact(f: Field, v: unknown): boolean {
    const value = this.factValue(f.index, mapValue(f, v));
    if (value === INVALID) return false;
    this.facts[f.index] = value;
    if (typeof value === 'number' ? value >= 1e6 : typeof value === 'object' && value.max >= 1e6)
      this.needsScan = true;
    return true;
  }

  /** The engine value of a fact (undefined: unknown or declined), or INVALID. */
  private factValue(index: number, v: unknown): FactValue | typeof INVALID {
    const def = this.factDefs[index]!;
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

  /** Every problem of a JSONL record the fast path refused. Values are never quoted. */
  explain(rec: unknown): RecordProblem[] {
    if (!isRecord(rec))
      return [{ path: '', message: 'a record must be a JSON object with "id", "facts" and "answers"' }];
    const n = new Normalised();
    let hasId = false;
    for (const key of Object.keys(rec)) {
      const v = rec[key];
      const f = this.field(key);
      if (f.kind === FIELD.id) {
        hasId = true;
        if (!this.setId(v)) n.own(key, 'the record id must be a non-empty text or a number');
      } else if (f.kind === FIELD.indicator) n.answer(f.ours, key, this.answerForCheck(f, v));
      else if (f.kind === FIELD.fact) n.fact(f.ours, key, this.factForCheck(f, v));
      else if (f.kind === FIELD.factsObject || f.kind === FIELD.answersObject) {
        const facts = f.kind === FIELD.factsObject;
        if (v == null) continue;
        if (!isRecord(v)) {
          n.own(
            key,
            facts
              ? 'facts must be a mapping of fact id to value'
              : 'answers must be a mapping of indicator id to answer',
          );
          continue;
        }
        for (const k of Object.keys(v)) {
          const inner = this.inner(k, facts ? FIELD.fact : FIELD.indicator);
          const at = `${key}.${k}`;
          if (facts)
            n.fact(inner.ours, at, inner.kind === FIELD.unknown ? v[k] : this.factForCheck(inner, v[k]));
          else
            n.answer(inner.ours, at, inner.kind === FIELD.unknown ? v[k] : this.answerForCheck(inner, v[k]));
        }
      } else if (f.kind === FIELD.unknown) {
        // Checked as an indicator id, so that a misspelt one gets a "did you mean".
        n.unknownField(f.ours, key, v);
      }
    }
    if (!hasId) n.own('id', 'the record has no "id"');
    return n.check(this.cs);
  }

  /** Every problem of a CSV row the fast path refused. */
  explainCells(cells: string[], fields: readonly Field[]): RecordProblem[] {
    if (cells.length !== fields.length)
      return [{ path: '', message: `the row has ${cells.length} fields; the header has ${fields.length}` }];
    const n = new Normalised();
    fields.forEach((f, c) => {
      const v = cells[c]!;
      if (f.kind === FIELD.id && !this.setId(v)) n.own(f.theirs, 'the record has no id');
      else if (f.kind === FIELD.indicator) n.answer(f.ours, f.theirs, this.answerForCheck(f, v));
      else if (f.kind === FIELD.fact) n.fact(f.ours, f.theirs, this.factForCheck(f, v));
    });
    return n.check(this.cs);
  }

  private answerForCheck(f: Field, v: unknown): unknown {
    const mapped = mapValue(f, v);
    const code = answerCode(mapped);
    return code < 0 ? mapped : STATE_NAMES[code];
  }

  private factForCheck(f: Field, v: unknown): unknown {
    const mapped = mapValue(f, v);
    const value = this.factValue(f.index, mapped);
    return value === INVALID ? mapped : value === undefined ? 'unknown' : value;
  }
}

const INVALID = Symbol('invalid');

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function mapValue(f: Field, v: unknown): unknown {
  if (f.values === undefined) return v;
  if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') return v;
  const m = f.values.get(String(v));
  return m === undefined ? v : m;
}

/** A record rewritten with our names and canonical values, for checkInput, remembering where each came from. */
class Normalised {
  private readonly facts: Record<string, unknown> = {};
  private readonly answers: Record<string, unknown> = {};
  private readonly where = new Map<string, string>();
  private readonly problems: RecordProblem[] = [];
  private readonly unknown = new Set<string>();

  own(path: string, message: string): void {
    this.problems.push({ path, message });
  }
  answer(ours: string, at: string, v: unknown): void {
    this.answers[ours] = v;
    this.where.set(`answers\u0000${ours}`, at);
  }
  unknownField(ours: string, at: string, v: unknown): void {
    this.answer(ours, at, v);
    this.unknown.add(at);
  }
  fact(ours: string, at: string, v: unknown): void {
    this.facts[ours] = v;
    this.where.set(`facts\u0000${ours}`, at);
  }

  check(cs: CompiledSet): RecordProblem[] {
    const { problems } = checkInput(cs.set, this.facts, this.answers);
    for (const p of problems) {
      const path = this.where.get(`${String(p.path[0])}\u0000${String(p.path[1])}`) ?? p.path.join('.');
      const hint = /; did you mean "[^"]+"\?$/.exec(p.message)?.[0] ?? '';
      const message = this.unknown.has(path)
        ? `"${path}" is not a field of a batch record: id, facts, answers, or a fact or indicator id of set ${cs.set.id}${hint}`
        : withoutValue(p.message);
      this.problems.push({ path, message });
    }
    if (this.problems.length === 0) this.problems.push({ path: '', message: 'the record could not be read' });
    return this.problems;
  }
}

/** checkInput quotes short bad values ("(got ...)"); batch messages never do. */
function withoutValue(message: string): string {
  const at = message.lastIndexOf(' (got ');
  return at >= 0 && message.endsWith(')') ? message.slice(0, at) : message;
}

/** Value maps for one field: its own (by their name or ours), then the global one. */
export function valueMapsFor(
  mapping: Mapping,
  theirs: string,
  ours: string,
): Map<string, string> | undefined {
  const own = mapping.columnValues[theirs] ?? mapping.columnValues[ours];
  const merged = { ...mapping.values, ...own };
  return Object.keys(merged).length ? new Map(Object.entries(merged)) : undefined;
}
