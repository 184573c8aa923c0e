import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testdir } from '../helpers/cli.js';
import { csv, jsonl, records } from './records.js';

// Worker threads load the compiled worker, so these tests run the built CLI, as users do. Vitest
// builds dist/ from the current sources before any test runs (tests/helpers/build-dist.ts).
const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'bin/tip-screen.js');
const built = existsSync(join(root, 'dist/batch/worker.js'));

function cli(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    input,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    env: { ...process.env, NO_COLOR: '1', LANG: 'en_US.UTF-8' },
  });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

describe('batch --jobs', () => {
  it('when the CLI is built then the worker file exists', () => {
    expect(built, 'dist/batch/worker.js is missing after the build').toBe(true);
  });

  // About 4 MB of input: several chunks, so that both workers get some and may finish out of order.
  const recs = records(5000, 3);

  it('when --jobs 2 scores JSONL then the output is the same as with one job, in input order', () => {
    const dir = testdir({ 'in.jsonl': jsonl(recs) });
    const one = cli([
      'batch',
      join(dir, 'in.jsonl'),
      '--out',
      join(dir, 'one.jsonl'),
      '--summary',
      join(dir, 'one.json'),
      '--quiet',
    ]);
    const two = cli([
      'batch',
      join(dir, 'in.jsonl'),
      '--out',
      join(dir, 'two.jsonl'),
      '--summary',
      join(dir, 'two.json'),
      '--quiet',
      '--jobs',
      '2',
    ]);
    // On failure, say how each run ended: the exit code, or the signal that stopped it, and its errors.
    expect(
      [one.code, two.code],
      JSON.stringify([one, two].map((r) => [r.signal, r.stderr.slice(0, 500)])),
    ).toEqual([0, 0]);
    const a = readFileSync(join(dir, 'one.jsonl'), 'utf8');
    const b = readFileSync(join(dir, 'two.jsonl'), 'utf8');
    expect(b).toBe(a);
    const ids = b
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { id: string }).id);
    expect(ids).toEqual(recs.map((r) => r.id));
    expect(readFileSync(join(dir, 'two.json'), 'utf8')).toBe(readFileSync(join(dir, 'one.json'), 'utf8'));
  });

  it('when --jobs 2 scores CSV from stdin with bad rows then line numbers are those of the whole input', () => {
    const lines = csv(recs.slice(0, 3000)).split('\n');
    lines.splice(1500, 0, 'broken,row');
    lines.splice(2800, 0, 'r-x,130');
    const r = cli(['batch', '-', '--in-format', 'csv', '--jobs', '2', '--quiet'], lines.join('\n'));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^line 1501: the row has 2 fields/m);
    expect(r.stderr).toMatch(/^line 2801: the row has 2 fields/m);
    const ids = r.stdout
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { id: string }).id);
    expect(ids).toEqual(recs.slice(0, 3000).map((x) => x.id));
  });

  it('when --jobs 2 meets identifying data then it refuses like one job does', () => {
    const bad = recs.slice(0, 2000).map((r, k) =>
      JSON.stringify({
        id: r.id,
        facts: r.facts,
        answers: r.answers,
        ...(k === 1700 ? { memo: 'x@example.org' } : {}),
      }),
    );
    const dir = testdir({ 'in.jsonl': bad.join('\n') });
    const r = cli(['batch', join(dir, 'in.jsonl'), '--jobs', '2', '--out', join(dir, 'out.jsonl')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('memo has values that look like e-mail addresses (line 1701)');
    expect(r.stderr).not.toContain('x@example.org');
    expect(existsSync(join(dir, 'out.jsonl'))).toBe(false);
  });

  it('when --jobs is not a whole number from 1 to 64 then it is a usage error', () => {
    expect(cli(['batch', '-', '--jobs', '0'], '').code).toBe(2);
    expect(cli(['batch', '-', '--jobs', 'two'], '').code).toBe(2);
    expect(execFileSync(process.execPath, [bin, 'batch', '--help'], { encoding: 'utf8' })).toContain(
      '--jobs <n>',
    );
  });
});
