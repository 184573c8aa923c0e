/**
 * Issue 11, items 13 and 14: a file that is not a set or answers file is refused as such, with none
 * of its content printed; non-UTF-8 bytes and bidirectional controls are refused with their
 * position in sets, overlays, crosswalks, scenarios and answers files; score and batch accept the
 * same answer spellings.
 */
import { isUtf8 } from 'node:buffer';
import { readFileSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ANSWER_ALIASES, answerValue } from '../../src/core/answer-values.js';
import { checkInput } from '../../src/core/check-input.js';
import { answerCode } from '../../src/batch/values.js';
import { ST } from '../../src/core/condition.js';
import { firstInvalidUtf8 } from '../../src/io/input-file.js';
import { INDICATORS_DIR, loadSet } from '../../src/io/load-set.js';
import { runCli, testdir } from '../helpers/cli.js';

const SHADOW = 'root: $6$SECRETHASH1\nalice: $6$SECRETHASH2\ndaemon: "*"\n';
const noSecrets = (s: string) => {
  expect(s).not.toContain('SECRETHASH');
  expect(s).not.toContain('alice');
  expect(s).not.toContain('daemon');
};

describe('files of the wrong kind', () => {
  it('when an overlay extends a file that is not a set then NOT_A_SET and none of its lines', async () => {
    const dir = testdir({
      shadow: SHADOW,
      'o.yaml': `extends: ./shadow.yaml\nid: mine\nversion: '1'\n`,
      'shadow.yaml': SHADOW,
      'a.yaml': 'set: ./o.yaml\nanswers: {}\n',
    });
    const r = await runCli(['score', join(dir, 'a.yaml')], { cwd: dir });
    expect(r.stderr).toContain('[NOT_A_SET]');
    noSecrets(r.stderr);
  });

  it('when an answers file names a file that is not a set then NOT_A_SET and none of its lines', async () => {
    const dir = testdir({ 'shadow.yaml': SHADOW, 'a.yaml': `set: ./shadow.yaml\nanswers: {}\n` });
    const r = await runCli(['score', join(dir, 'a.yaml')], { cwd: dir });
    expect(r.stderr).toContain('[NOT_A_SET]');
    noSecrets(r.stderr);
  });

  it('when a list or a text is given as a set then NOT_A_SET', async () => {
    for (const text of ['- a\n- b\n', 'just some text\n']) {
      const dir = testdir({ 's.yaml': text, 'a.yaml': `set: ./s.yaml\nanswers: {}\n` });
      const r = await runCli(['score', join(dir, 'a.yaml')], { cwd: dir });
      expect(r.stderr).toContain('[NOT_A_SET]');
    }
  });

  it('when score is given a file that is not an answers file then NOT_ANSWERS and none of its lines', async () => {
    const dir = testdir({ shadow: SHADOW });
    const r = await runCli(['score', join(dir, 'shadow')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[NOT_ANSWERS]');
    noSecrets(r.stderr);
  });
});

describe('encodings and bidirectional controls', () => {
  const setText = readFileSync(join(INDICATORS_DIR, 'nhrck-2016.yaml'), 'utf8');
  const lineCol = (text: string, needle: string) => {
    const i = text.indexOf(needle);
    const before = text.slice(0, i).split('\n');
    return `${before.length}:${before[before.length - 1]!.length + 1}`;
  };

  it('when a set file is Latin-1 then NOT_UTF8 at the line and column of the first bad byte', async () => {
    const dir = testdir({ 'a.yaml': 'set: ./s.yaml\nanswers: {}\n' });
    const text = setText.replace('id: nhrck-2016', 'id: nhrck-2016-copy');
    const at = text.indexOf('ko:');
    const bytes = Buffer.concat([
      Buffer.from(text.slice(0, at + 4)),
      Buffer.from([0xe9]),
      Buffer.from(text.slice(at + 4)),
    ]);
    writeFileSync(join(dir, 's.yaml'), bytes);
    const r = await runCli(['score', join(dir, 'a.yaml')], { cwd: dir });
    expect(r.stderr).toContain('[NOT_UTF8]');
    const [line, col] = lineCol(text, 'ko:').split(':').map(Number);
    expect(r.stderr).toContain(`s.yaml:${line}:${col! + 4}:`);
  });

  it('when an answers file is UTF-16 then NOT_UTF8', async () => {
    const dir = testdir({});
    writeFileSync(join(dir, 'a.yaml'), Buffer.from('\ufeffanswers: {}\n', 'utf16le'));
    const r = await runCli(['score', join(dir, 'a.yaml')], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[NOT_UTF8]');
  });

  it('when a set text holds a right-to-left override then BIDI_CONTROL at its position', async () => {
    const text = setText.replace('id: nhrck-2016', 'id: nhrck-2016-copy').replace('ko: ', 'ko: \u202e');
    const dir = testdir({ 's.yaml': text, 'a.yaml': 'set: ./s.yaml\nanswers: {}\n' });
    const r = await runCli(['score', join(dir, 'a.yaml')], { cwd: dir });
    expect(r.stderr).toContain('[BIDI_CONTROL]');
    expect(r.stderr).toContain(`s.yaml:${lineCol(text, '\u202e')}:`);
    expect(r.stderr).not.toContain('\u202e');
  });

  it('when an overlay, an answers file, a crosswalk or a scenario holds an isolate then BIDI_CONTROL', async () => {
    const dir = testdir({
      'o.yaml': `extends: nhrck-2016\nid: mine\nversion: '1'\ntitle: { ko: "가\u2067나", en: x }\n`,
      'oa.yaml': 'set: ./o.yaml\nanswers: {}\n',
      'a.yaml': `answers:\n  nhrck16.act.recruitment: 'yes' # \u2066\n`,
      'cw.yaml': `primary: nhrck-2016 # \u2068\nframeworks: {}\n`,
      'sc.yaml': `id: x # \u2069\nset: nhrck-2016\n`,
    });
    for (const args of [
      ['score', join(dir, 'oa.yaml')],
      ['score', join(dir, 'a.yaml')],
      ['indicators', 'crosswalk', '--file', join(dir, 'cw.yaml')],
      ['scenarios', 'check', join(dir, 'sc.yaml')],
    ]) {
      const r = await runCli(args, { cwd: dir });
      expect(r.stderr, args.join(' ')).toContain('BIDI_CONTROL');
    }
  });
});

describe('answer spellings', () => {
  const { set } = loadSet('nhrck-2016');
  const id = set.indicators[0]!.id;
  const tristate = set.facts.find((f) => f.type === 'tristate')!.id;

  it('when any spelling batch accepts is used in an answers file then score accepts it as the same answer', () => {
    for (const [canonical, spellings] of Object.entries(ANSWER_ALIASES))
      for (const v of spellings) {
        const { input, problems } = checkInput(set, {}, { [id]: v });
        expect(problems, String(v)).toEqual([]);
        expect(input.answers?.[id], String(v)).toBe(canonical);
        expect(answerCode(v), String(v)).toBe(ST[canonical as keyof typeof ST]);
      }
  });

  it('when upper case or padded then both accept it the same way', () => {
    for (const v of [' Yes ', 'N', 'TRUE', ' 모름 ', 'Declined']) {
      expect(answerValue(v), v).toBeDefined();
      expect(ST[answerValue(v)!], v).toBe(answerCode(v));
    }
    for (const v of ['maybe', 'yess', 2, {}, []]) {
      expect(answerValue(v)).toBeUndefined();
      expect(answerCode(v)).toBe(-1);
    }
  });

  it('when a yes/no fact is spelt y, 예 or false then score takes it as yes or no', () => {
    const { input, problems } = checkInput(set, { [tristate]: '예' }, {});
    expect(problems).toEqual([]);
    expect(input.facts?.[tristate]).toBe('yes');
    expect(checkInput(set, { [tristate]: false }, {}).input.facts?.[tristate]).toBe('no');
    expect(checkInput(set, { [tristate]: '거부' }, {}).input.facts?.[tristate]).toBe('declined');
  });

  it('when a choice option is spelt like unknown then the option wins, as in batch', () => {
    const sector = set.facts.find((f) => f.type === 'choice')!;
    const withNa = {
      ...set,
      facts: set.facts.map((f) =>
        f === sector
          ? { ...f, options: [...f.options!, { id: 'na', label: { ko: '해당 없음', en: 'n/a' } }] }
          : f,
      ),
    };
    expect(checkInput(withNa, { [sector.id]: 'na' }, {}).input.facts?.[sector.id]).toBe('na');
    expect(checkInput(set, { [sector.id]: 'na' }, {}).input.facts?.[sector.id]).toBe('unknown');
  });
});

describe('the UTF-8 check', () => {
  it('when bytes are not UTF-8 then the offset reported is where the first bad sequence starts', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.string({ unit: 'grapheme' }).map((s) => Buffer.from(s)),
            fc.uint8Array({ minLength: 1, maxLength: 4 }).map((a) => Buffer.from(a)),
          ),
          { maxLength: 12 },
        ),
        (parts) => {
          const buf = Buffer.concat(parts);
          const at = firstInvalidUtf8(buf);
          if (isUtf8(buf)) return at === buf.length;
          // Everything before it is valid, and no character at all starts there.
          if (!isUtf8(buf.subarray(0, at))) return false;
          for (let k = 1; k <= 4 && at + k <= buf.length; k++)
            if (isUtf8(buf.subarray(at, at + k))) return false;
          return at < buf.length;
        },
      ),
      { numRuns: 2000 },
    );
  });
});
