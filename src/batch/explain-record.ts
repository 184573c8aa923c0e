/**
 * The slow path for a record the encoder refused: every problem it has, found by running
 * checkInput on the record normalised as the encoder reads it (our names, canonical values), so
 * the messages are the ones `score` gives, located at the record's own field names. Values are
 * never quoted: they came from the data.
 */
import { STATE_NAMES } from '../core/condition.js';
import { checkInput, suggestIndicator } from '../core/check-input.js';
import type { CompiledSet } from '../core/engine.js';
import { FIELD, isRecord, mapValue, type Field } from './fields.js';
import { answerCode } from './values.js';
import { INVALID, type FactReader } from './fact-value.js';
import { inBoth, say, type Catalogue } from '../base/catalogue/index.js';
import { CsvSyntaxError } from './csv.js';

type Words = Catalogue['batchInputErrors']['record'];

/** What the slow path uses of the record encoder (encode.ts), which hands itself in. */
export interface RecordEncoderView {
  field(theirs: string): Field;
  inner(theirs: string, want: typeof FIELD.fact | typeof FIELD.indicator): Field;
  setId(v: unknown): boolean;
  readonly factValues: FactReader;
}

export interface RecordProblem {
  /** Where in the record: a column name, or a dotted path for JSONL ("answers.<id>"). */
  path: string;
  message: string;
  /** The same problem in Korean (printed under --lang ko; --errors keeps the English only). */
  ko?: string;
  /** Set when the problem is a key the set does not know: many records sharing it get one line. */
  unknownKey?: true;
}

/** A problem in both languages, from the record texts of the catalogue. */
export const recordProblem = (path: string, text: (t: Words) => string): RecordProblem => ({
  path,
  ...inBoth((c) => text(c.batchInputErrors.record)),
});

/** Every problem of a JSONL record the fast path refused. Sets enc.id when the id is good. */
export function explainObject(enc: RecordEncoderView, cs: CompiledSet, rec: unknown): RecordProblem[] {
  if (!isRecord(rec)) return [recordProblem('', (t) => t.notObject)];
  const n = new Normalised();
  let hasId = false;
  for (const key of Object.keys(rec)) {
    const v = rec[key];
    const f = enc.field(key);
    if (f.kind === FIELD.id) {
      hasId = true;
      if (!enc.setId(v)) n.own(key, (t) => t.badId);
    } else if (f.kind === FIELD.indicator) n.answer(f.ours, key, answerForCheck(f, v));
    else if (f.kind === FIELD.fact) n.fact(f.ours, key, factForCheck(enc, f, v));
    else if (f.kind === FIELD.factsObject || f.kind === FIELD.answersObject) {
      if (v != null) nested(enc, n, key, f.kind === FIELD.factsObject, v);
    } else if (f.kind === FIELD.unknown) {
      // Checked as an indicator id, so that a misspelt one gets a "did you mean".
      n.unknownField(f.ours, key, v);
    }
  }
  if (!hasId) n.own('id', (t) => t.noIdField);
  return n.check(cs);
}

/** The keys of a nested "facts" or "answers" object (not null), located as "facts.<key>". */
function nested(enc: RecordEncoderView, n: Normalised, key: string, facts: boolean, v: unknown): void {
  if (!isRecord(v)) {
    n.own(key, (t) => (facts ? t.factsNotMapping : t.answersNotMapping));
    return;
  }
  for (const k of Object.keys(v)) {
    const inner = enc.inner(k, facts ? FIELD.fact : FIELD.indicator);
    const at = `${key}.${k}`;
    if (facts) n.fact(inner.ours, at, inner.kind === FIELD.unknown ? v[k] : factForCheck(enc, inner, v[k]));
    else n.answer(inner.ours, at, inner.kind === FIELD.unknown ? v[k] : answerForCheck(inner, v[k]));
  }
}

/** Every problem of a CSV row the fast path refused. Sets enc.id when the id is good. */
export function explainCells(
  enc: RecordEncoderView,
  cs: CompiledSet,
  cells: string[],
  fields: readonly Field[],
): RecordProblem[] {
  if (cells.length !== fields.length)
    return [recordProblem('', (t) => t.fields(cells.length, fields.length))];
  const n = new Normalised();
  fields.forEach((f, c) => {
    const v = cells[c]!;
    if (f.kind === FIELD.id && !enc.setId(v)) n.own(f.theirs, (t) => t.noId);
    else if (f.kind === FIELD.indicator) n.answer(f.ours, f.theirs, answerForCheck(f, v));
    else if (f.kind === FIELD.fact) n.fact(f.ours, f.theirs, factForCheck(enc, f, v));
  });
  return n.check(cs);
}

function answerForCheck(f: Field, v: unknown): unknown {
  const mapped = mapValue(f, v);
  const code = answerCode(mapped);
  return code < 0 ? mapped : STATE_NAMES[code];
}

function factForCheck(enc: RecordEncoderView, f: Field, v: unknown): unknown {
  const mapped = mapValue(f, v);
  const value = enc.factValues.value(f.index, mapped);
  return value === INVALID ? mapped : value === undefined ? 'unknown' : value;
}
/** A record rewritten with our names and canonical values, for checkInput, remembering where each came from. */
class Normalised {
  private readonly facts: Record<string, unknown> = {};
  private readonly answers: Record<string, unknown> = {};
  private readonly where = new Map<string, string>();
  private readonly problems: RecordProblem[] = [];
  private readonly unknown = new Set<string>();

  own(path: string, text: (t: Words) => string): void {
    this.problems.push(recordProblem(path, text));
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
      this.problems.push(
        this.unknown.has(path)
          ? {
              ...recordProblem(path, (t) =>
                t.notAField(path, cs.set.id, suggestIndicator(cs.set, String(p.path[1]))),
              ),
              unknownKey: true,
            }
          : { path, message: withoutValue(p.message, ' (got '), ko: withoutValue(p.ko, ' (받은 값: ') },
      );
    }
    if (this.problems.length === 0) this.problems.push(recordProblem('', (t) => t.unreadable));
    return this.problems;
  }
}

/** checkInput quotes short bad values ("(got ...)"); batch messages never do. */
function withoutValue(message: string, got: string): string {
  const at = message.lastIndexOf(got);
  return at >= 0 && message.endsWith(')') ? message.slice(0, at) : message;
}

/** The position of a JSON syntax error, without the text around it (it may be sensitive). */
export function jsonProblem(e: unknown): RecordProblem {
  const m = e instanceof Error ? /position (\d+)/.exec(e.message) : null;
  return recordProblem('', (t) => t.notJson(m ? Number(m[1]) + 1 : undefined));
}

/** A CSV row that does not parse: what is wrong with it, never its text. */
export function csvProblem(e: unknown): RecordProblem {
  return e instanceof CsvSyntaxError
    ? { path: '', message: e.message, ko: say('ko').batchInputErrors.csvSyntax[e.kind] }
    : recordProblem('', (t) => t.notCsv);
}
