import { Readable } from 'node:stream';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readChunks } from '../../src/batch/chunks.js';
import { parseCsvRecord, CsvSyntaxError } from '../../src/batch/csv.js';
import { splitHeader } from '../../src/batch/header.js';
import { EMPTY_MAPPING } from '../../src/batch/mapping.js';
import { ChunkScorer, type ChunkResult, type ScorerConfig } from '../../src/batch/scorer.js';
import { Progress } from '../../src/ui/progress.js';
import { testdir } from '../helpers/cli.js';
import { compiled, csv, jsonl, records } from './records.js';

async function collect(chunks: AsyncIterable<Buffer>): Promise<Buffer[]> {
  const out: Buffer[] = [];
  for await (const c of chunks) out.push(Buffer.from(c));
  return out;
}

const config = (over: Partial<ScorerConfig>): ScorerConfig => ({
  set: compiled.set,
  inFormat: 'jsonl',
  outFormat: 'jsonl',
  header: undefined,
  mapping: EMPTY_MAPPING,
  label: undefined,
  by: undefined,
  guard: true,
  strict: false,
  ...over,
});

/** Scores chunk by chunk as run-batch does, adding the line offsets. */
function scoreAll(scorer: ChunkScorer, chunks: Buffer[], firstLine = 0) {
  let lines = firstLine;
  let output = '';
  const bad: number[] = [];
  for (const c of chunks) {
    const r: ChunkResult = scorer.score(c, false);
    output += Buffer.from(r.output).toString('utf8');
    for (const b of r.bad) bad.push(b.line + lines);
    lines += r.lines;
  }
  return { output, bad, lines };
}

describe('reading in chunks', () => {
  it('when a file is read in small chunks then every chunk ends on a line and together they are the file', async () => {
    const text = jsonl(records(50));
    const dir = testdir({ 'a.jsonl': text });
    const chunks = await collect(readChunks({ path: join(dir, 'a.jsonl') }, { csv: false, chunkBytes: 256 }));
    expect(chunks.length).toBeGreaterThan(10);
    for (const c of chunks) expect(c[c.length - 1]).toBe(10);
    expect(Buffer.concat(chunks).toString()).toBe(text);
  });

  it('when CSV records hold quoted line breaks then no chunk ends inside quotes', async () => {
    const rows = Array.from({ length: 40 }, (_, k) => `r${k},"two\nlines, ""quoted""",x`);
    const text = `id,a,b\n${rows.join('\n')}\n`;
    const stream = Readable.from([Buffer.from(text.slice(0, 100)), Buffer.from(text.slice(100))]);
    const chunks = await collect(readChunks({ stream }, { csv: true, chunkBytes: 64 }));
    for (const c of chunks) expect((c.toString().match(/"/g) ?? []).length % 2).toBe(0);
    expect(Buffer.concat(chunks).toString()).toBe(text);
  });

  it('when a record is longer than the chunk size then it is still read whole', async () => {
    const long = `{"id":"${'x'.repeat(5000)}"}\n{"id":"y"}\n`;
    const chunks = await collect(
      readChunks({ stream: Readable.from([Buffer.from(long)]) }, { csv: false, chunkBytes: 64 }),
    );
    expect(Buffer.concat(chunks).toString()).toBe(long);
  });
});

describe('scoring chunk by chunk', () => {
  it('when JSONL is scored in many small chunks then output and line numbers equal one big chunk', async () => {
    const lines = jsonl(records(120)).split('\n');
    lines.splice(37, 0, '{"id":"bad","answers":{"nope":"yes"}}');
    lines.splice(90, 0, '', 'not json');
    const text = lines.join('\n');
    const dir = testdir({ 'a.jsonl': text });
    const scorer = new ChunkScorer(config({}), compiled);
    const small = scoreAll(
      scorer,
      await collect(readChunks({ path: join(dir, 'a.jsonl') }, { csv: false, chunkBytes: 300 })),
    );
    const big = scoreAll(scorer, [Buffer.from(text)]);
    expect(small.output).toBe(big.output);
    expect(small.bad).toEqual([38, 92]);
    expect(big.bad).toEqual([38, 92]);
    expect(small.lines).toBe(text.split('\n').length - 1); // the text ends with a line break
  });

  it('when CSV with multi-line records is scored in small chunks then line numbers count every physical line', async () => {
    const recs = records(30);
    const body = csv(recs).split('\n');
    const header = body[0]!;
    const fields = parseCsvRecord(header);
    // Put a quoted line break in the id of every fifth record, and a bad row after row 20.
    const rows = body.slice(1, -1).map((row, k) => (k % 5 === 0 ? row.replace(/^([^,]+)/, '"$1\nx"') : row));
    rows.splice(20, 0, 'short,row');
    const text = `${header}\n${rows.join('\n')}\n`;
    const dir = testdir({ 'a.csv': text });
    const chunks = await collect(readChunks({ path: join(dir, 'a.csv') }, { csv: true, chunkBytes: 512 }));
    const split = splitHeader(chunks[0]!);
    expect(split.fields).toEqual(fields);
    chunks[0] = split.rest;
    const scorer = new ChunkScorer(config({ inFormat: 'csv', header: fields }), compiled);
    const r = scoreAll(scorer, chunks, split.lines);
    // Rows 0, 5, 10, 15 (before the bad row) take two lines each: the bad row is on line 1 + 20 + 4 + 1.
    expect(r.bad).toEqual([26]);
    expect(r.output.trim().split('\n')).toHaveLength(30);
    expect(r.lines).toBe(text.split('\n').length - 1);
  });
});

describe('CSV fields', () => {
  it.each([
    ['a,b,c', ['a', 'b', 'c']],
    ['a,,c,', ['a', '', 'c', '']],
    ['"a,1","b ""q""",c', ['a,1', 'b "q"', 'c']],
    ['"multi\nline",x', ['multi\nline', 'x']],
    ['""', ['']],
    ['', ['']],
  ])('when a record is %j then its fields are %j', (text, fields) => {
    expect(parseCsvRecord(text)).toEqual(fields);
  });

  it.each(['"open', '"a"b,c', 'a"b'])('when a record is %j then it is a syntax error', (text) => {
    expect(() => parseCsvRecord(text)).toThrow(CsvSyntaxError);
  });
});

describe('progress', () => {
  it('when stderr is not a terminal then there is no progress display', () => {
    expect(Progress.for({ write: () => true, isTTY: false }, 100)).toBeUndefined();
  });

  it('when the input size is known then progress shows the rate, the share done and the time left', () => {
    let now = 0;
    const out: string[] = [];
    const p = new Progress({ write: (s: string) => out.push(s), isTTY: true }, 1000, () => now);
    now = 10_000;
    p.read(250);
    p.scored(50_000);
    expect(out.at(-1)).toContain('50,000 records · 5,000/s · 25% · ETA 0:30');
    p.done();
    expect(out.at(-1)).toBe('\r\u001b[K');
  });

  it('when the input size is unknown (stdin) then progress shows no ETA', () => {
    let now = 0;
    const p = new Progress({ write: () => true, isTTY: true }, undefined, () => now);
    now = 2000;
    p.scored(10);
    expect(p.line(now)).toBe('10 records · 5/s');
  });
});
