/** Issue 11, item 8: size limits checked before reading, and many problems reported in linear time. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answersFor, MAX_PROBLEMS, parseAnswersFile } from '../../src/io/answers-file.js';
import { isUserError } from '../../src/base/errors.js';
import { INPUT_LIMITS } from '../../src/io/input-file.js';
import { loadSet } from '../../src/io/load-set.js';
import { runCli, testdir } from '../helpers/cli.js';

const SECRET = 'SECRET-CONTENT-7731';

/** An answers file of about `bytes` bytes, every id unknown to the set. */
function unknownIds(bytes: number): { text: string; count: number } {
  const lines = ['answers:'];
  let size = 9;
  let count = 0;
  while (size < bytes) {
    const line = `  x${count++}: 'yes'`;
    lines.push(line);
    size += line.length + 1;
  }
  return { text: lines.join('\n') + '\n', count };
}

describe('input size limits', () => {
  it('when an answers file is over the limit then it is refused as too large without its content', async () => {
    const dir = testdir({});
    const file = join(dir, 'big.yaml');
    writeFileSync(file, `answers: {}\n# ${SECRET}\n` + 'x'.repeat(INPUT_LIMITS.answers));
    const r = await runCli(['score', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[FILE_TOO_LARGE]');
    expect(r.stderr).not.toContain(SECRET);
  });

  it('when standard input is over the answers limit then it is refused as too large', async () => {
    const r = await runCli(['score', '-'], { stdin: 'answers: {}\n#' + 'x'.repeat(INPUT_LIMITS.answers) });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[FILE_TOO_LARGE]');
  });

  it('when a set file is over the limit then it is refused as too large', async () => {
    const dir = testdir({});
    const set = join(dir, 'set.yaml');
    writeFileSync(set, `id: big\n# ${SECRET}\n` + '#'.repeat(INPUT_LIMITS.set));
    writeFileSync(join(dir, 'a.yaml'), `set: ./set.yaml\nanswers: {}\n`);
    const r = await runCli(['score', join(dir, 'a.yaml')], { cwd: dir });
    expect(r.stderr).toContain('[FILE_TOO_LARGE]');
    expect(r.stderr).not.toContain(SECRET);
  });

  it('when a batch record is longer than 1 MiB then it is refused as too large', async () => {
    const dir = testdir({});
    const file = join(dir, 'in.jsonl');
    writeFileSync(file, `{"id":"1","answers":{},"x":"${'a'.repeat(1_200_000)}"}\n`);
    const r = await runCli(['batch', file, '--out', join(dir, 'out.jsonl')]);
    expect(r.stderr).toContain('[RECORD_TOO_LARGE]');
    expect(r.stderr).not.toContain('Internal error');
  });
});

describe('many problems', () => {
  it('when an answers file names 40,000 unknown ids then every one is counted and at most 1000 are listed', () => {
    const { text, count } = unknownIds(1_000_000);
    expect(count).toBeGreaterThan(40_000);
    const file = parseAnswersFile(text, 'a.yaml');
    let error: unknown;
    try {
      answersFor(file, loadSet('nhrck-2016').set);
    } catch (e) {
      error = e;
    }
    if (!isUserError(error)) throw new Error('expected a user error');
    expect(error.code).toBe('ANSWERS_INVALID');
    expect(error.message).toContain(`${count} problem(s)`);
    expect(error.problems).toHaveLength(MAX_PROBLEMS + 1);
    expect(error.problems[MAX_PROBLEMS - 1]!.line).toBe(MAX_PROBLEMS + 1);
    expect(error.problems[MAX_PROBLEMS]!.message).toContain(`${count - MAX_PROBLEMS} more`);
  });

  it('when a large mapping repeats a key then the repeat is reported at its line', () => {
    const { text } = unknownIds(200_000);
    const file = () => parseAnswersFile(text + "  x7: 'no'\n", 'a.yaml');
    expect(file).toThrow(/not valid YAML/);
    try {
      file();
    } catch (e) {
      if (!isUserError(e)) throw e;
      expect(e.problems).toHaveLength(1);
      expect(e.problems[0]!.line).toBe(text.split('\n').length);
      expect(e.problems[0]!.message).toContain('DUPLICATE_KEY');
    }
  });
});
