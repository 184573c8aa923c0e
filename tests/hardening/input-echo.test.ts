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
  // Identifying values (a phone number, a name) are refused earlier, as PII_DETECTED
  // (tests/cli/score-identifying.test.ts); these are wrong values that identify no one.
  it('when an answer is not an answer then the error names its path but not the value', async () => {
    const r = await score(`set: nhrck-2016\nanswers:\n  nhrck16.act.recruitment: "maybe-later-7f3a"\n`);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[ANSWERS_INVALID]');
    expect(r.stderr).toContain('answers.nhrck16.act.recruitment');
    expect(r.stderr).not.toContain('7f3a');
  });

  it('when a fact holds a wrong text then the error names the fact but not the text', async () => {
    const r = await score(
      `set: nhrck-2016\nfacts:\n  age: twentyish-7f3a\n  disability: sometimes-9b2c\nanswers: {}\n`,
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('fact "age"');
    expect(r.stderr).toContain('fact "disability"');
    expect(r.stderr).not.toContain('7f3a');
    expect(r.stderr).not.toContain('9b2c');
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

  it('when a set or framework named in an answers file holds terminal escapes then they never reach the terminal', async () => {
    for (const text of [`set: "\\e[2Jx"\nanswers: {}\n`, `frameworks: ["\\e[2Jx"]\nanswers: {}\n`]) {
      const r = await score(text);
      expect(r.code, text).not.toBe(0);
      expect(r.stderr, text).toMatch(/\[[A-Z_]+\]/);
      expect(r.stderr, text).not.toContain(ESC);
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
