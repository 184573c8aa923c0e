/**
 * The benchmark's data files, written for one size N in one pass each, deterministic (seeded):
 *
 *   complete.jsonl  every indicator and fact present, in the set's order (completeRecords)
 *   complete.csv    the same records as CSV: id, the facts, the indicator ids (batch's layout)
 *   bad.jsonl       the same records, each with one unknown key in its answers ("act_1": "yes")
 *   sparse.jsonl    answers left out at random, as syntheticRecords gives them (about 15%)
 *
 * Written in blocks of about a megabyte, then fsynced and read once, so that they are on disk
 * and in the page cache before any timing.
 */
import { closeSync, fsyncSync, openSync, readSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { IndicatorSet } from '../../src/core/schema.js';
import { completeRecords, syntheticRecords, type SyntheticRecord } from './synthetic.js';

export const SHAPES = ['complete', 'sparse', 'csv', 'bad'] as const;
export type Shape = (typeof SHAPES)[number];

export interface DataFile {
  path: string;
  bytes: number;
  /** Mean bytes per data row (line break included, CSV header not). */
  rowBytes: number;
}

export type DataSet = Record<Shape, DataFile>;

/** Appends text to a file in blocks of about a megabyte. */
class BlockWriter {
  private readonly fd: number;
  private block: string[] = [];
  private size = 0;
  bytes = 0;

  constructor(readonly path: string) {
    this.fd = openSync(path, 'w');
  }

  put(line: string): void {
    this.block.push(line);
    this.size += line.length;
    if (this.size > 1 << 20) this.flush();
  }

  flush(): void {
    const text = this.block.join('');
    this.bytes += writeSync(this.fd, text);
    this.block = [];
    this.size = 0;
  }

  close(): void {
    this.flush();
    fsyncSync(this.fd);
    closeSync(this.fd);
  }
}

const jsonLine = (r: SyntheticRecord): string =>
  JSON.stringify({ id: r.id, facts: r.facts, answers: r.answers }) + '\n';

/**
 * A complete record's JSON line, built from pieces made once: the same text JSON.stringify gives
 * (the test below checks it), without building an object per line. Values are numbers or plain
 * ids and answer words, which need no escaping.
 */
function completeLine(set: IndicatorSet): (r: SyntheticRecord) => string {
  const facts = set.facts.map((f, k) => [f.id, `${k ? ',' : ''}${JSON.stringify(f.id)}:`] as const);
  const answers = set.indicators.map((i, k) => [i.id, `${k ? ',' : ''}${JSON.stringify(i.id)}:`] as const);
  const value = (v: string | number | undefined) => (typeof v === 'number' ? String(v) : `"${v}"`);
  return (r) => {
    let line = `{"id":"${r.id}","facts":{`;
    for (const [id, key] of facts) line += key + value(r.facts[id]);
    line += '},"answers":{';
    for (const [id, key] of answers) line += key + value(r.answers[id]);
    return line + '}}\n';
  };
}

/** The complete records as JSONL, CSV and JSONL with a bad key, from one generator. */
function writeComplete(set: IndicatorSet, dir: string, n: number, seed: number): BlockWriter[] {
  const factIds = set.facts.map((f) => f.id);
  const indicatorIds = set.indicators.map((i) => i.id);
  const complete = new BlockWriter(join(dir, 'complete.jsonl'));
  const csv = new BlockWriter(join(dir, 'complete.csv'));
  const bad = new BlockWriter(join(dir, 'bad.jsonl'));
  const header = ['id', ...factIds, ...indicatorIds].join(',') + '\n';
  csv.put(header);
  const next = completeRecords(set, seed);
  const toLine = completeLine(set);
  for (let k = 1; k <= n; k++) {
    const r = next(k);
    const line = toLine(r);
    if (k === 1 && line !== jsonLine(r)) throw new Error('completeLine differs from JSON.stringify');
    complete.put(line);
    // The same record with one key the set does not have, last in its answers.
    bad.put(line.slice(0, -3) + ',"act_1":"yes"}}\n');
    let cells = r.id;
    for (const f of factIds) cells += ',' + String(r.facts[f] ?? '');
    for (const i of indicatorIds) cells += ',' + (r.answers[i] ?? '');
    csv.put(cells + '\n');
  }
  for (const w of [complete, csv, bad]) w.close();
  csv.bytes -= header.length; // for the mean row size; the file size is read back below
  return [complete, sparseWriter(set, dir, n, seed), csv, bad];
}

function sparseWriter(set: IndicatorSet, dir: string, n: number, seed: number): BlockWriter {
  const sparse = new BlockWriter(join(dir, 'sparse.jsonl'));
  const next = syntheticRecords(set, seed);
  for (let k = 1; k <= n; k++) sparse.put(jsonLine(next(k)));
  sparse.close();
  return sparse;
}

/** Reads a file once, to have it in the page cache. */
function warm(path: string): void {
  const fd = openSync(path, 'r');
  const buf = Buffer.allocUnsafe(1 << 20);
  while (readSync(fd, buf, 0, buf.length, null) > 0);
  closeSync(fd);
}

/** Writes the four files of N records under dir; the records depend only on the seed. */
export function writeDataSet(set: IndicatorSet, dir: string, n: number, seed: number): DataSet {
  const writers = writeComplete(set, dir, n, seed);
  const out = {} as DataSet;
  SHAPES.forEach((shape, k) => {
    const w = writers[k]!;
    warm(w.path);
    out[shape] = { path: w.path, bytes: statSync(w.path).size, rowBytes: w.bytes / n };
  });
  return out;
}

/** A one-record file, for the cold start of batch. */
export function writeOneRecord(set: IndicatorSet, dir: string, seed: number): string {
  const w = new BlockWriter(join(dir, 'one.jsonl'));
  w.put(jsonLine(completeRecords(set, seed)(1)));
  w.close();
  return w.path;
}
