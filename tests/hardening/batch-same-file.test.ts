/**
 * An output that is also an input (or another output) would be truncated while it is read, or
 * overwritten by the other output: batch refuses it before writing anything.
 */
import { linkSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, testdir } from '../helpers/cli.js';
import { jsonl, records } from '../batch/records.js';

const INPUT = jsonl(records(5, 3));

describe('batch outputs that are the same file as an input or another output', () => {
  it('when --out is the input then it refuses with SAME_FILE and the input is unchanged', async () => {
    const dir = testdir({ 'in.jsonl': INPUT });
    const r = await runCli(['batch', join(dir, 'in.jsonl'), '--out', join(dir, 'in.jsonl'), '--quiet']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[SAME_FILE]');
    expect(readFileSync(join(dir, 'in.jsonl'), 'utf8')).toBe(INPUT);
    expect(readdirSync(dir)).toEqual(['in.jsonl']);
  });

  it('when --out reaches the input by another spelling, a hard link or a folder link then it refuses', async () => {
    const dir = testdir({ 'data/in.jsonl': INPUT });
    linkSync(join(dir, 'data/in.jsonl'), join(dir, 'hard.jsonl'));
    symlinkSync(join(dir, 'data'), join(dir, 'via'));
    for (const out of ['data/./in.jsonl', 'hard.jsonl', 'via/in.jsonl']) {
      const r = await runCli(['batch', 'data/in.jsonl', '--out', out, '--quiet'], { cwd: dir });
      expect(r.code, out).toBe(2);
      expect(r.stderr, out).toContain('[SAME_FILE]');
      expect(readFileSync(join(dir, 'data/in.jsonl'), 'utf8')).toBe(INPUT);
    }
  });

  it('when --errors, --summary or --report is an input then it refuses and nothing is written', async () => {
    const dir = testdir({ 'a.jsonl': INPUT, 'b.jsonl': INPUT });
    for (const flag of ['--errors', '--summary', '--report']) {
      const r = await runCli(['batch', 'a.jsonl', 'b.jsonl', '--out', 'rows.jsonl', flag, 'b.jsonl'], {
        cwd: dir,
      });
      expect(r.code, flag).toBe(2);
      expect(r.stderr, flag).toContain('[SAME_FILE]');
      expect(readFileSync(join(dir, 'b.jsonl'), 'utf8')).toBe(INPUT);
      expect(readdirSync(dir).sort()).toEqual(['a.jsonl', 'b.jsonl']);
    }
  });

  it('when two outputs name the same file then it refuses', async () => {
    const dir = testdir({ 'in.jsonl': INPUT, 'old.json': 'previous' });
    const pairs = [
      ['--out', 'old.json', '--summary', 'old.json'],
      ['--out', 'x.jsonl', '--errors', './x.jsonl'],
      ['--summary', 'old.json', '--report', 'old.json'],
    ];
    for (const extra of pairs) {
      const r = await runCli(['batch', 'in.jsonl', '--quiet', ...extra], { cwd: dir });
      expect(r.code, extra.join(' ')).toBe(2);
      expect(r.stderr).toContain('[SAME_FILE]');
      expect(readFileSync(join(dir, 'old.json'), 'utf8')).toBe('previous');
      expect(readdirSync(dir).sort()).toEqual(['in.jsonl', 'old.json']);
    }
  });

  it('when the outputs are distinct files then the run succeeds', async () => {
    const dir = testdir({ 'in.jsonl': INPUT });
    const r = await runCli(
      ['batch', 'in.jsonl', '--out', 'rows.jsonl', '--summary', 's.json', '--errors', 'e.jsonl'],
      { cwd: dir },
    );
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'rows.jsonl'), 'utf8').trim().split('\n')).toHaveLength(5);
  });
});

describe('score --out', () => {
  it('when --out is the answers file then it refuses with SAME_FILE and the answers are unchanged', async () => {
    const answers = readFileSync(
      join(import.meta.dirname, '../../indicators/examples/child-chat-app.yaml'),
      'utf8',
    );
    const dir = testdir({ 'a.yaml': answers });
    const r = await runCli(['score', 'a.yaml', '--out', './a.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[SAME_FILE]');
    expect(readFileSync(join(dir, 'a.yaml'), 'utf8')).toBe(answers);
  });

  it('when --out is relative then it is written in the working folder given', async () => {
    const answers = readFileSync(
      join(import.meta.dirname, '../../indicators/examples/child-chat-app.yaml'),
      'utf8',
    );
    const dir = testdir({ 'a.yaml': answers });
    // The answers file by its full path: reading it is the answers loader's business.
    const r = await runCli(['score', join(dir, 'a.yaml'), '--out', 'report.txt'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['a.yaml', 'report.txt']);
  });
});
