import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, testdir } from '../helpers/cli.js';
import { expectedRow, parseJsonl, records } from './records.js';

const good = records(10);
const line = (r: (typeof good)[number]) => JSON.stringify({ id: r.id, facts: r.facts, answers: r.answers });

// Lines 3, 5, 7 and 9 are bad; a distinctive bad value must never be echoed.
const SECRET = 'zz-do-not-echo-zz';
const input = [
  line(good[0]!),
  line(good[1]!),
  '{"id": "bad-json", "answers": {',
  line(good[2]!),
  JSON.stringify({ id: 'bad-id', answers: { 'nhrck16.act.recruitmnet': 'yes' } }),
  line(good[3]!),
  JSON.stringify({ id: 'bad-value', answers: { 'nhrck16.act.recruitment': SECRET } }),
  '',
  JSON.stringify({ answers: { 'nhrck16.act.recruitment': 'yes' } }),
  line(good[4]!),
].join('\n');

describe('bad records', () => {
  it('when bad records sit in the middle then each is reported with its line, the rest are scored, and the exit code is 1', async () => {
    const dir = testdir({ 'in.jsonl': input });
    const r = await runCli([
      'batch',
      join(dir, 'in.jsonl'),
      '--out',
      join(dir, 'out.jsonl'),
      '--errors',
      join(dir, 'errors.jsonl'),
    ]);
    expect(r.code).toBe(1);
    const rows = parseJsonl(readFileSync(join(dir, 'out.jsonl'), 'utf8'));
    expect(rows).toEqual(good.slice(0, 5).map(expectedRow));
    expect(r.stderr).toMatch(/^line 3: not valid JSON/m);
    expect(r.stderr).toMatch(
      /^line 5 \(id bad-id\): answers\.nhrck16\.act\.recruitmnet: .*did you mean "nhrck16\.act\.recruitment"/m,
    );
    expect(r.stderr).toMatch(
      /^line 7 \(id bad-value\): answers\.nhrck16\.act\.recruitment: answer to .* must be one of/m,
    );
    expect(r.stderr).toMatch(/^line 9: id: the record has no "id"/m);
    expect(r.stderr).toContain('4 record(s) could not be scored');
    expect(r.stderr).toMatch(/Records: 9 read · 5 scored · 4 bad/);
    expect(r.stderr + r.stdout).not.toContain(SECRET);

    const errors = readFileSync(join(dir, 'errors.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(errors.map((e) => [e.line, e.id])).toEqual([
      [3, undefined],
      [5, 'bad-id'],
      [7, 'bad-value'],
      [9, undefined],
    ]);
    expect(errors[2]).toMatchObject({ problems: [{ path: 'answers.nhrck16.act.recruitment' }] });
    expect(JSON.stringify(errors)).not.toContain(SECRET);
  });

  it('when --summary is given with bad records then the summary counts them', async () => {
    const dir = testdir({ 'in.jsonl': input });
    await runCli([
      'batch',
      join(dir, 'in.jsonl'),
      '--out',
      join(dir, 'out.jsonl'),
      '--summary',
      join(dir, 's.json'),
      '--quiet',
    ]);
    const summary = JSON.parse(readFileSync(join(dir, 's.json'), 'utf8')) as {
      records: unknown;
      complete: boolean;
    };
    expect(summary.records).toEqual({ read: 9, scored: 5, bad: 4 });
    expect(summary.complete).toBe(true);
  });

  it('when --strict meets the first bad record then it stops there, keeps what was written, and exits 1', async () => {
    const dir = testdir({ 'in.jsonl': input });
    const r = await runCli([
      'batch',
      join(dir, 'in.jsonl'),
      '--strict',
      '--out',
      join(dir, 'out.jsonl'),
      '--summary',
      join(dir, 's.json'),
    ]);
    expect(r.code).toBe(1);
    expect(parseJsonl(readFileSync(join(dir, 'out.jsonl'), 'utf8'))).toEqual(
      good.slice(0, 2).map(expectedRow),
    );
    expect(r.stderr).toContain('Stopped at the bad record on line 3 (--strict)');
    expect(r.stderr).not.toMatch(/^line 5/m);
    const summary = JSON.parse(readFileSync(join(dir, 's.json'), 'utf8')) as Record<string, unknown>;
    expect(summary).toMatchObject({
      complete: false,
      stoppedAtLine: 3,
      records: { read: 3, scored: 2, bad: 1 },
    });
  });

  it('when a CSV row is short or holds a value that is not an answer then its line is reported and the others scored', async () => {
    const dir = testdir({
      'in.csv':
        'id,age,nhrck16.act.recruitment\n' +
        'a1,30,yes\n' +
        'a2,30\n' +
        '"a3","quoted\nline",yes\n' +
        `a4,31,${SECRET}\n` +
        'a5,32,no\n',
    });
    const r = await runCli(['batch', join(dir, 'in.csv'), '--out', join(dir, 'out.jsonl'), '--quiet']);
    expect(r.code).toBe(1);
    expect(parseJsonl(readFileSync(join(dir, 'out.jsonl'), 'utf8')).map((x) => x.id)).toEqual(['a1', 'a5']);
    expect(r.stderr).toMatch(/^line 3: the row has 2 fields; the header has 3/m);
    expect(r.stderr).toMatch(/^line 4 \(id a3\): age: fact "age" must be a number/m);
    // The quoted line break makes a3 two lines long, so a4 is on line 6.
    expect(r.stderr).toMatch(/^line 6 \(id a4\): nhrck16\.act\.recruitment: /m);
    expect(r.stderr).not.toContain(SECRET);
  });

  it('when the CSV header has an unknown column then nothing is scored and the exit code is 2', async () => {
    const dir = testdir({ 'in.csv': 'id,age,nhrck16.act.recruitmnet,wave\na1,30,yes,2\n' });
    const r = await runCli(['batch', join(dir, 'in.csv'), '--out', join(dir, 'out.jsonl')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('column 3 "nhrck16.act.recruitmnet" is not id, a fact or an indicator');
    expect(r.stderr).toContain('did you mean "nhrck16.act.recruitment"');
    expect(r.stderr).toContain('column 4 "wave"');
    expect(existsSync(join(dir, 'out.jsonl'))).toBe(false);
  });
});

describe('a problem many records share', () => {
  const shared = (n: number, extra: Record<string, string>) =>
    records(n)
      .map((r) => JSON.stringify({ id: r.id, facts: r.facts, answers: r.answers, ...extra }))
      .join('\n');

  it('when 1,200 records carry the same unknown key then one line names the key, the count and --map, in either language', async () => {
    const dir = testdir({ 'in.jsonl': shared(1200, { act_1: 'yes' }) });
    const args = ['batch', join(dir, 'in.jsonl'), '--out', join(dir, 'out.jsonl'), '--quiet'];
    const en = await runCli(args);
    expect(en.code).toBe(1);
    const lines = en.stderr.split('\n');
    expect(lines.filter((l) => l.startsWith('line '))).toHaveLength(20);
    expect(lines.filter((l) => l.includes('act_1') && !l.startsWith('line '))).toEqual([
      'Key "act_1" unknown in 1,200 records: it is not a field of set nhrck-2016. ' +
        "Rename it to one of the set's ids (columns:) or drop it (ignore:) with --map FILE.",
    ]);
    const ko = await runCli(['--lang', 'ko', ...args.slice(0, 3), join(dir, 'out-ko.jsonl'), '--quiet']);
    expect(ko.stderr).toContain('키 "act_1"을(를) 레코드 1,200건에서 알 수 없습니다');
    expect(ko.stderr).toContain('--map');
  });

  it('when fewer than 1,000 records share a problem, or the problem is a bad value, then the line fits it', async () => {
    const dir = testdir({
      'few.jsonl': shared(999, { act_1: 'yes' }),
      'value.jsonl': shared(1000, { 'nhrck16.act.recruitment': 'maybe-not' }),
    });
    const few = await runCli(['batch', join(dir, 'few.jsonl'), '--out', join(dir, 'a.jsonl'), '--quiet']);
    expect(few.stderr).not.toContain('unknown in');
    expect(few.stderr).toContain('999 record(s) could not be scored');
    const value = await runCli(['batch', join(dir, 'value.jsonl'), '--out', join(dir, 'b.jsonl'), '--quiet']);
    const summary = value.stderr.split('\n').filter((l) => l.startsWith('The same problem in'));
    expect(summary).toHaveLength(1);
    expect(summary[0]).toMatch(/^The same problem in 1,000 records: nhrck16\.act\.recruitment: answer to /);
    expect(value.stderr).not.toContain('maybe-not');
  });
});
