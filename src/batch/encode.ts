/**
 * Reads one batch record (a parsed JSONL object or the fields of a CSV row) straight into the
 * engine's buffers, resolving column names and values through the mapping and the aliases.
 * This is the per-record fast path: no objects are built for a good record. A record it cannot
 * read is handed to explain() (explain-record.ts), which runs checkInput on the record
 * normalised the same way, so the messages are the ones `score` gives, located at the record's
 * own field names.
 */
import type { FactValue } from '../core/condition.js';
import type { CompiledSet } from '../core/engine.js';
import type { Mapping } from './mapping.js';
import { explainCells, explainObject, type RecordProblem } from './explain-record.js';
import { FactReader, INVALID } from './fact-value.js';
import { FIELD, isRecord, mapValue, valueMapsFor, type Field, type FieldKind } from './fields.js';
import { answerCode, labelCode, LABEL } from './values.js';

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

  /** Reads fact values; explain-record.ts reads them the same way. */
  readonly factValues: FactReader;
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
    this.factValues = new FactReader(cs.set.facts);
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
    const value = this.factValues.value(f.index, mapValue(f, v));
    if (value === INVALID) return false;
    this.facts[f.index] = value;
    if (typeof value === 'number' ? value >= 1e6 : typeof value === 'object' && value.max >= 1e6)
      this.needsScan = true;
    return true;
  }

  /** Every problem of a JSONL record the fast path refused. Values are never quoted. */
  explain(rec: unknown): RecordProblem[] {
    return explainObject(this, this.cs, rec);
  }

  /** Every problem of a CSV row the fast path refused. */
  explainCells(cells: string[], fields: readonly Field[]): RecordProblem[] {
    return explainCells(this, this.cs, cells, fields);
  }
}
