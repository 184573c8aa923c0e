/**
 * Record ids that repeat, and inputs with no records: counted in the summary, listed in --errors
 * by line (never by the id itself on the terminal), and with --unique-ids a refusal
 * (DUPLICATE_IDS, exit 1) that writes no output. The id set stays compact for millions of ids.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IdSet, hashId } from '../../src/batch/id-set.js';
import { runCli, testdir } from '../helpers/cli.js';
import { jsonl, records } from '../batch/records.js';

const recs = records(12, 4);
const withDuplicates = (): string => {
  const lines = jsonl(recs).trim().split('\n');
  // Lines 6 and 11 repeat the ids of lines 2 and 3.
  const dup = (from: number, to: number) => {
    const r = JSON.parse(lines[to - 1]!) as { id: string };
    r.id = (JSON.parse(lines[from - 1]!) as { id: string }).id;
    lines[to - 1] = JSON.stringify(r);
  };
  dup(2, 6);
  dup(3, 11);
  return lines.join('\n') + '\n';
};

describe('duplicate record ids', () => {
  it('when ids repeat then all records are scored, the summary counts the repeats and --errors lists their lines', async () => {
    const dir = testdir({ 'in.jsonl': withDuplicates() });
    const r = await runCli(
      [
        'batch',
        'in.jsonl',
        '--out',
        'rows.jsonl',
        '--errors',
        'e.jsonl',
        '--summary',
        's.json',
        '--report',
        'r.html',
      ],
      { cwd: dir },
    );
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'rows.jsonl'), 'utf8').trim().split('\n')).toHaveLength(12);
    // The terminal table and the report say so too.
    expect(r.stderr).toMatch(/^2 record\(s\) repeat the id of an earlier record$/m);
    expect(readFileSync(join(dir, 'r.html'), 'utf8')).toContain('<p class="warn">2 record(s) repeat the id');
    const summary = JSON.parse(readFileSync(join(dir, 's.json'), 'utf8')) as {
      warnings: { duplicateIds: number; emptyInputs: number };
    };
    expect(summary.warnings).toMatchObject({ duplicateIds: 2, emptyInputs: 0 });
    const errors = readFileSync(join(dir, 'e.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { line: number; problems: { message: string }[] });
    expect(errors.map((e) => e.line)).toEqual([6, 11]);
    expect(errors[0]!.problems[0]!.message).toMatch(/same id as an earlier record/);
    expect(r.stderr).toMatch(/2 record\(s\) repeat the id of an earlier record \(first on line 6\)/);
    // The ids themselves came from the file: not printed.
    expect(r.stderr).not.toContain(recs[1]!.id);
  });

  it('when --unique-ids is given and ids repeat then it refuses with DUPLICATE_IDS, exit 1, and writes nothing', async () => {
    const dir = testdir({ 'in.jsonl': withDuplicates() });
    const r = await runCli(
      ['batch', 'in.jsonl', '--out', 'rows.jsonl', '--summary', 's.json', '--unique-ids', '--quiet'],
      { cwd: dir },
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[DUPLICATE_IDS]');
    expect(r.stderr).toContain('line 6');
    expect(r.stderr).not.toContain(recs[1]!.id);
    expect(readdirSync(dir)).toEqual(['in.jsonl']);
  });

  it('when ids repeat across two inputs then the second file and its line are named', async () => {
    const lines = jsonl(recs).trim().split('\n');
    const dir = testdir({
      'a.jsonl': lines.slice(0, 6).join('\n') + '\n',
      'b.jsonl': lines.slice(4).join('\n') + '\n',
    });
    const r = await runCli(
      ['batch', 'a.jsonl', 'b.jsonl', '--out', 'rows.jsonl', '--unique-ids', '--quiet'],
      {
        cwd: dir,
      },
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[DUPLICATE_IDS]');
    expect(r.stderr).toMatch(/line 1 of b\.jsonl/);
  });

  it('when ids are unique then --unique-ids lets the run through', async () => {
    const dir = testdir({ 'in.jsonl': jsonl(recs) });
    const r = await runCli(
      ['batch', 'in.jsonl', '--out', 'rows.jsonl', '--unique-ids', '--jobs', '2', '--quiet'],
      {
        cwd: dir,
      },
    );
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });
});

describe('empty inputs', () => {
  it('when an input has no records then the summary and --errors say so and the stderr names it', async () => {
    const dir = testdir({ 'a.jsonl': jsonl(recs), 'empty.jsonl': '\n\n', 'none.csv': '' });
    const r = await runCli(
      [
        'batch',
        'a.jsonl',
        'empty.jsonl',
        '--out',
        'rows.jsonl',
        '--errors',
        'e.jsonl',
        '--summary',
        's.json',
        '--quiet',
      ],
      { cwd: dir },
    );
    expect(r.code).toBe(0);
    const summary = JSON.parse(readFileSync(join(dir, 's.json'), 'utf8')) as {
      warnings: { emptyInputs: number };
    };
    expect(summary.warnings.emptyInputs).toBe(1);
    const errors = readFileSync(join(dir, 'e.jsonl'), 'utf8').trim().split('\n');
    expect(errors.map((l) => JSON.parse(l) as unknown)).toEqual([
      { file: 'empty.jsonl', line: 0, problems: [{ path: '', message: 'the input has no records' }] },
    ]);
    expect(r.stderr).toMatch(/empty\.jsonl has no records/);
  });
});

describe('the id set', () => {
  it('when a million distinct ids are added then none is reported twice, and each repeat is found', () => {
    const set = new IdSet();
    let dups = 0;
    for (let k = 0; k < 1_000_000; k++) {
      const [a, b] = hashId(`case-${k}`);
      if (!set.add(a, b)) dups++;
    }
    expect(dups).toBe(0);
    expect(set.size).toBe(1_000_000);
    for (let k = 0; k < 1_000_000; k += 1000) {
      const [a, b] = hashId(`case-${k}`);
      expect(set.add(a, b)).toBe(false);
    }
    // Two 32-bit words per slot, at most twice as many slots as ids.
    expect(set.bytes).toBeLessThanOrEqual(1_000_000 * 8 * 2.5);
  });
});
