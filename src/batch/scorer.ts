/**
 * Scores one chunk of input (complete lines or CSV records, as bytes) and returns its output
 * rows, bad records, identifying-data findings and summary counts. The same code runs on the
 * main thread (--jobs 1) and in worker threads; line numbers are counted from the chunk's start
 * and the caller adds the offset. The set is compiled once per scorer and every buffer is reused.
 */
import type { EvalContext } from '../core/condition.js';
import { newContext, run, type CompiledSet } from '../core/engine.js';
import { openQuestionCounter } from '../core/open-count.js';
import { parseCsvRecord } from './csv.js';
import { RecordEncoder } from './encode.js';
import type { Field } from './fields.js';
import { FrameworkScorer, frameworksLayout } from './frameworks.js';
import { JsonScanner } from './json-scan.js';
import { PiiFindings, scanField, scanValue, valueKind } from '../guard/records.js';
import { UnknownKeyProblems } from './unknown-keys.js';
import { RowMaker } from './row.js';
import { RowBuffer } from './row-buffer.js';
import { hashId } from './id-set.js';
import { knownFieldNames } from './known-fields.js';
import { isBlank, RecordCursor } from './record-cursor.js';
import { addRecord, emptySummary, type FrameworksLayout } from '../report/batch-counts.js';
import { emptyResult, type BadRecord, type ChunkResult, type ScorerConfig } from './chunk-result.js';
import { csvProblem, jsonProblem } from './explain-record.js';

// The scorer's contract lives in chunk-result.ts; pool.ts, worker.ts and the tests take it from here.
export type { BadRecord, ChunkResult, ScorerConfig } from './chunk-result.js';

export class ChunkScorer {
  private readonly encoder: RecordEncoder;
  private readonly unknownProblems: UnknownKeyProblems;
  private readonly ctx: EvalContext;
  private readonly rows: RowMaker;
  private readonly countOpen: ReturnType<typeof openQuestionCounter>;
  private readonly fields: Field[];
  /** Field names that are the set's own or structural: never identifying by name. */
  private readonly known: Set<string>;
  private readonly byIndex: number;
  /** The byte scanner for plain JSONL; the mapping's renames and value maps need the general path. */
  private readonly scanner: JsonScanner | undefined;
  private readonly fw: FrameworkScorer | undefined;
  private readonly fwLayout: FrameworksLayout | undefined;
  /** Line and id hashes of the chunk's scored records (reused from chunk to chunk). */
  private readonly ids: number[] = [];
  /** The last chunk's output size, to size the next one's buffer. */
  private lastOutput = 0;

  constructor(
    private readonly cfg: ScorerConfig,
    private readonly cs: CompiledSet,
  ) {
    this.encoder = new RecordEncoder(cs, cfg.mapping, cfg.label);
    this.unknownProblems = new UnknownKeyProblems(cs.set);
    this.ctx = newContext(this.encoder.state, this.encoder.facts);
    this.rows = new RowMaker(cs);
    this.countOpen = openQuestionCounter(cs);
    this.fields = (cfg.header ?? []).map((name) => this.encoder.field(name));
    this.known = knownFieldNames(cs, cfg.mapping);
    this.byIndex = cfg.by === undefined ? -1 : (cs.factIndex.get(cfg.by) ?? -1);
    const m = cfg.mapping;
    const plain =
      !Object.keys(m.columns).length &&
      !m.ignore.length &&
      !Object.keys(m.values).length &&
      !Object.keys(m.columnValues).length;
    this.scanner =
      cfg.inFormat === 'jsonl' && plain ? new JsonScanner(this.encoder, cs, cfg.label) : undefined;
    if (cfg.frameworks) {
      this.fw = new FrameworkScorer(cfg.frameworks, cfg.outFormat === 'csv', cfg.columns);
      this.fwLayout = frameworksLayout(cfg.frameworks);
    }
  }

  score(buf: Uint8Array, scanOnly: boolean): ChunkResult {
    const bytes = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
    const csv = this.cfg.inFormat === 'csv';
    const pii = new PiiFindings();
    const result = emptyResult(
      emptySummary(this.cs.set.indicators.length, this.cs.set.rules.waiver.length, this.fwLayout),
    );
    this.ids.length = 0;
    let scanning = scanOnly;
    const out = new RowBuffer(this.lastOutput + (this.lastOutput >> 3));
    const at = new RecordCursor(bytes, csv);
    while (at.next()) {
      const first = at.first;
      const hits = pii.total;
      const outcome = this.record(bytes, at, csv, pii, result, scanning);
      if (outcome === BLANK) continue;
      if (pii.total > hits && !scanning) {
        scanning = true;
        result.stop = 'pii';
        result.stopLine = first;
      }
      if (typeof outcome === 'string') out.push(outcome);
      else if (outcome === STRICT_STOP) {
        result.stop = 'strict';
        result.stopLine = first;
        result.lines = at.line;
        break;
      }
    }
    if (result.stop !== 'strict') result.lines = at.line;
    result.output = out.done();
    this.lastOutput = result.output.byteLength;
    if (this.ids.length) result.ids = Uint32Array.from(this.ids);
    result.pii = pii.list();
    return result;
  }

  /**
   * One record, by the quickest path that can read it: the byte scanner; the byte scanner with
   * keys the set does not know; or the general path (JSON.parse or the CSV reader).
   */
  private record(
    bytes: Buffer,
    at: RecordCursor,
    csv: boolean,
    pii: PiiFindings,
    result: ChunkResult,
    scanning: boolean,
  ): string | typeof STRICT_STOP | typeof BLANK | undefined {
    const first = at.first;
    if (this.scanner?.scan(bytes, at.start, at.textEnd) && !this.encoder.needsScan)
      return this.scannedRecord(first, pii, result, scanning);
    if (this.scanner?.onlyUnknown && !this.encoder.needsScan)
      return this.unknownKeys(first, pii, result, scanning);
    let text = bytes.toString('utf8', at.start, at.textEnd);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    if (isBlank(text)) return BLANK;
    return csv
      ? this.csvRecord(text, first, pii, result, scanning)
      : this.jsonRecord(text, first, pii, result, scanning);
  }

  /** A record the byte scanner has read: it is valid; only the guard and the scoring are left. */
  private scannedRecord(
    line: number,
    pii: PiiFindings,
    result: ChunkResult,
    scanning: boolean,
  ): string | undefined {
    const enc = this.encoder;
    if (this.cfg.guard) {
      const before = pii.total;
      this.quickScan(enc.id, 'id', line, pii);
      this.quickScan(enc.labelRaw, this.cfg.label ?? '', line, pii);
      if (pii.total > before) return undefined;
    }
    return scanning ? undefined : this.scoreEncoded(result, line);
  }

  /**
   * A record the byte scanner read to its end, good but for top-level keys the set does not
   * know: the guard looks at those keys and values as it would in the general path, and the
   * record is bad with one problem for each key, as explainObject would say it.
   */
  private unknownKeys(
    line: number,
    pii: PiiFindings,
    result: ChunkResult,
    scanning: boolean,
  ): typeof STRICT_STOP | undefined {
    const enc = this.encoder;
    const unknown = this.scanner!.unknown;
    if (this.cfg.guard) {
      const before = pii.total;
      this.quickScan(enc.id, 'id', line, pii);
      this.quickScan(enc.labelRaw, this.cfg.label ?? '', line, pii);
      for (const { key, value, inAnswers } of unknown)
        if (inAnswers) scanField(key, value, this.known, line, pii, 'answers', 1);
        else scanField(key, value, this.known, line, pii);
      if (pii.total > before) return undefined;
    }
    if (scanning) return undefined;
    const id = enc.id;
    const problems = unknown.map(({ key, inAnswers }) =>
      inAnswers ? this.unknownProblems.answer(key, enc) : this.unknownProblems.of(key),
    );
    return this.bad(result, { line, id, problems });
  }

  /** Returns the output row, STRICT_STOP, or undefined (skipped or bad). */
  private jsonRecord(
    text: string,
    line: number,
    pii: PiiFindings,
    result: ChunkResult,
    scanning: boolean,
  ): string | typeof STRICT_STOP | undefined {
    let rec: unknown;
    try {
      rec = JSON.parse(text);
    } catch (e) {
      const before = pii.total;
      if (this.cfg.guard) this.quickScan(text, '(a line that is not valid JSON)', line, pii);
      if (scanning || pii.total > before) return undefined;
      return this.bad(result, { line, problems: [jsonProblem(e)] });
    }
    const enc = this.encoder;
    const ok = enc.encodeObject(rec);
    if (this.cfg.guard) {
      const before = pii.total;
      if (ok && !enc.needsScan) {
        this.quickScan(enc.id, 'id', line, pii);
        this.quickScan(enc.labelRaw, this.cfg.label ?? '', line, pii);
      } else scanValue(rec, '', this.known, line, pii);
      if (pii.total > before) return undefined;
    }
    if (scanning) return undefined;
    if (!ok) {
      const problems = enc.explain(rec);
      return this.bad(result, { line, ...(enc.id ? { id: enc.id } : {}), problems });
    }
    return this.scoreEncoded(result, line);
  }

  private csvRecord(
    text: string,
    line: number,
    pii: PiiFindings,
    result: ChunkResult,
    scanning: boolean,
  ): string | typeof STRICT_STOP | undefined {
    let cells: string[];
    try {
      cells = parseCsvRecord(text);
    } catch (e) {
      const before = pii.total;
      if (this.cfg.guard) this.quickScan(text, '(a row that is not valid CSV)', line, pii);
      if (scanning || pii.total > before) return undefined;
      return this.bad(result, { line, problems: [csvProblem(e)] });
    }
    const enc = this.encoder;
    const ok = enc.encodeCells(cells, this.fields);
    if (this.cfg.guard) {
      const before = pii.total;
      if (ok && !enc.needsScan) {
        this.quickScan(enc.id, this.idColumn(), line, pii);
        this.quickScan(enc.labelRaw, this.cfg.label ?? '', line, pii);
      } else
        cells.forEach((cell, c) => {
          const kind = valueKind(cell);
          if (kind) pii.add(this.fields[c]?.theirs ?? `(field ${c + 1})`, kind, 'value', line);
        });
      if (pii.total > before) return undefined;
    }
    if (scanning) return undefined;
    if (!ok) {
      const problems = enc.explainCells(cells, this.fields);
      return this.bad(result, { line, ...(enc.id ? { id: enc.id } : {}), problems });
    }
    return this.scoreEncoded(result, line);
  }

  private idColumn(): string {
    return this.fields.find((f) => f.ours === 'id')?.theirs ?? 'id';
  }

  private quickScan(value: unknown, field: string, line: number, pii: PiiFindings): void {
    const kind = valueKind(value);
    if (kind) pii.add(field, kind, 'value', line);
  }

  private bad(result: ChunkResult, record: BadRecord): typeof STRICT_STOP | undefined {
    result.bad.push(record);
    return this.cfg.strict ? STRICT_STOP : undefined;
  }

  private scoreEncoded(result: ChunkResult, line: number): string {
    const { ctx, rows, encoder: enc } = this;
    const [a, b] = hashId(enc.id);
    this.ids.push(line, a, b);
    const rank = run(this.cs, ctx);
    const cols = this.cfg.columns;
    if (cols === undefined || cols.includes('reasons')) rows.describe(ctx, rank);
    else rows.findWaiver(ctx);
    // Left out by --columns, the count is not made: the summary then says it was not counted.
    const open = cols === undefined || cols.includes('openQuestions') ? this.countOpen(ctx, rank) : 0;
    let group: string | undefined;
    if (this.byIndex >= 0) {
      const v = ctx.facts[this.byIndex];
      group = v === undefined ? 'unknown' : typeof v === 'object' ? `${v.min}-${v.max}` : String(v);
    }
    addRecord(result.summary, ctx, rank, rows.waiver, open, enc.label, group);
    const extra =
      this.fw === undefined
        ? ''
        : this.fw.score(ctx, rank, rows.waiver, enc.label, result.summary.frameworks!);
    if (cols !== undefined)
      return rows.chosen(cols, this.cfg.outFormat === 'csv', enc.id, ctx, rank, open, extra);
    return this.cfg.outFormat === 'csv'
      ? rows.csv(enc.id, ctx, rank, open, extra)
      : rows.jsonl(enc.id, ctx, rank, open, extra);
  }
}

const STRICT_STOP = Symbol('strict-stop');
const BLANK = Symbol('blank');
