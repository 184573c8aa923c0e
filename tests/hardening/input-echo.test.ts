/** Issue 11, item 9: errors name the key path and the kind of value expected, never the value. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, testdir } from '../helpers/cli.js';

const ESC = '\u001b';

async function score(text: string) {
  const dir = testdir({ 'a.yaml': text });
  return runCli(['score', join(dir, 'a.yaml')], { cwd: dir });
}

describe('errors do not echo values', () => {
  it('when an answer is a phone number then the error names its path but not the number', async () => {
    const r = await score(`set: nhrck-2016\nanswers:\n  nhrck16.act.recruitment: "010-1234-5678"\n`);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('answers.nhrck16.act.recruitment');
    expect(r.stderr).not.toContain('010-1234-5678');
    expect(r.stderr).not.toContain('1234');
  });

  it('when a fact holds a name then the error names the fact but not the name', async () => {
    const r = await score(`set: nhrck-2016\nfacts:\n  age: 김민지\n  disability: 박지훈\nanswers: {}\n`);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('fact "age"');
    expect(r.stderr).toContain('fact "disability"');
    expect(r.stderr).not.toContain('김민지');
    expect(r.stderr).not.toContain('박지훈');
  });

  it('when an answer is a number then the number is not printed', async () => {
    const r = await score(`set: nhrck-2016\nanswers:\n  nhrck16.act.recruitment: 8210987654\n`);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toContain('8210987654');
  });

  it('when a key holds terminal escapes then they are printed escaped', async () => {
    for (const text of [
      `set: nhrck-2016\nanswers:\n  "x\\e[2J\\e]0;owned\\a": 'yes'\n`,
      `set: nhrck-2016\n"top\\e[2J": 1\nanswers: {}\n`,
      `set: nhrck-2016\nfacts:\n  "f\\e[2J": 1\nanswers: {}\n`,
    ]) {
      const r = await score(text);
      expect(r.code).toBe(1);
      expect(r.stderr).not.toContain(ESC);
      expect(r.stderr).not.toContain('\u0007');
      expect(r.stderr).toContain('\\x1b[2J');
    }
  });

  it('when a set or framework named in an answers file holds terminal escapes then they are printed escaped', async () => {
    for (const text of [`set: "\\e[2Jx"\nanswers: {}\n`, `frameworks: ["\\e[2Jx"]\nanswers: {}\n`]) {
      const r = await score(text);
      expect(r.code, text).not.toBe(0);
      expect(r.stderr, text).not.toContain(ESC);
      expect(r.stderr, text).toContain('\\x1b[2J');
    }
  });

  it('when a set has a key with terminal escapes then it is printed escaped', async () => {
    const dir = testdir({
      'o.yaml': `extends: nhrck-2016\nid: mine\nversion: '1'\n"bad\\e[2J": 1\n`,
      'a.yaml': `set: ./o.yaml\nanswers: {}\n`,
    });
    const r = await runCli(['score', join(dir, 'a.yaml')], { cwd: dir });
    expect(r.code).not.toBe(0);
    expect(r.stderr).not.toContain(ESC);
    expect(r.stderr).toContain('\\x1b[2J');
  });

  it('when set values have the wrong form then the schema messages do not repeat them', async () => {
    const planted = 'PLANTED-VALUE-991';
    const dir = testdir({
      'o.yaml': [
        'extends: nhrck-2016',
        `id: ${planted}`,
        "version: '1'",
        `tiers: { reading: ${planted} }`,
        'add:',
        '  indicators:',
        `    - { id: x.y, element: ${planted}, question: ${planted}, help: { ko: a, en: b }, source: { doc: ${planted} } }`,
        `  facts: [{ id: ${planted}, type: ${planted} }]`,
        '',
      ].join('\n'),
      'a.yaml': `set: ./o.yaml\nanswers: {}\n`,
    });
    const r = await runCli(['score', join(dir, 'a.yaml')], { cwd: dir });
    expect(r.stderr).toContain('[SET_INVALID]');
    expect(r.stderr).not.toContain(planted);
  });
});
