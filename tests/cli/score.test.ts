import { chmodSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../src/base/catalogue/index.js';
import type { Report } from '../../src/report/report.js';
import { runCli, testdir } from '../helpers/cli.js';

const EXAMPLES = join(import.meta.dirname, '../../indicators/examples');
const example = (name: string) => readFileSync(join(EXAMPLES, name), 'utf8');
const ESC = '\u001b';
const STACK_FRAME = /^\s+at .+:\d+:\d+\)?$/m;

/** The 1-based line of the first line containing `needle`. */
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

const valid = example('child-chat-app.yaml');

describe('score: input and output', () => {
  it('when an answers file is scored then the outcome is printed and the exit code is 0', async () => {
    const dir = testdir({ 'a.yaml': valid });
    const json = await runCli(['score', join(dir, 'a.yaml'), '--json']);
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout) as Report;
    expect(report.outcome).toBe('victim-likely');

    const text = await runCli(['score', join(dir, 'a.yaml')]);
    expect(text.code).toBe(0);
    expect(text.stderr).toBe('');
    expect(text.stdout).toContain(report.outcomeLabel.toUpperCase());
  });

  it('when "-" is given then the answers are read from standard input', async () => {
    const dir = testdir({ 'a.yaml': valid });
    const fromFile = await runCli(['score', join(dir, 'a.yaml'), '--json']);
    const fromStdin = await runCli(['score', '-', '--json'], { stdin: valid });
    expect(fromStdin.code).toBe(0);
    expect(JSON.parse(fromStdin.stdout)).toEqual(JSON.parse(fromFile.stdout));
  });

  it('when the format is markdown then it has headings and no colour codes', async () => {
    const dir = testdir({ 'a.yaml': valid });
    const r = await runCli(['score', join(dir, 'a.yaml'), '--format', 'markdown'], {
      env: { NO_COLOR: undefined, FORCE_COLOR: '1' },
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# /);
    expect(r.stdout).toMatch(/^## Assessment: /m);
    expect(r.stdout).toMatch(/^### Why$/m);
    expect(r.stdout).toContain('EXAMPLE-CHILD-01');
    expect(r.stdout).not.toContain(ESC);
  });

  it('when NO_COLOR is set then the text report has no escape codes, and with FORCE_COLOR=1 it has', async () => {
    const dir = testdir({ 'a.yaml': valid });
    const plain = await runCli(['score', join(dir, 'a.yaml'), '--format', 'text'], {
      env: { NO_COLOR: '1' },
    });
    expect(plain.code).toBe(0);
    expect(plain.stdout.length).toBeGreaterThan(200);
    expect(plain.stdout).not.toContain(ESC);
    const coloured = await runCli(['score', join(dir, 'a.yaml'), '--format', 'text'], {
      env: { NO_COLOR: undefined, FORCE_COLOR: '1' },
    });
    expect(coloured.code).toBe(0);
    expect(coloured.stdout).toContain(ESC);
  });

  it('when --lang ko is given then the outcome is in Korean', async () => {
    const dir = testdir({ 'a.yaml': valid });
    const json = await runCli(['score', join(dir, 'a.yaml'), '--json', '--lang', 'ko']);
    const report = JSON.parse(json.stdout) as Report;
    expect(report.language).toBe('ko');
    expect(report.outcomeText).toBe(catalogue.ko.outcome[report.outcome]);
    expect(report.outcomeText).toMatch(/[가-힣]/);
    const text = await runCli(['score', join(dir, 'a.yaml'), '--lang', 'ko']);
    expect(text.stdout).toContain(catalogue.ko.outcomeLabel[report.outcome]);
    expect(text.stdout).toContain(catalogue.ko.headings.reasons);
  });

  it('when --out is given then the report goes to a file readable only by its owner', async () => {
    const dir = testdir({ 'a.yaml': valid });
    const out = join(dir, 'case.md');
    const r = await runCli(['score', join(dir, 'a.yaml'), '--format', 'markdown', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(statSync(out).mode & 0o777).toBe(0o600);
    expect(readFileSync(out, 'utf8')).toMatch(/^# /);
  });

  it('when --out names an existing readable file then it is narrowed to owner-only before writing', async () => {
    const dir = testdir({ 'a.yaml': valid, 'old.txt': 'previous contents' });
    const out = join(dir, 'old.txt');
    chmodSync(out, 0o644);
    const r = await runCli(['score', join(dir, 'a.yaml'), '--out', out]);
    expect(r.code).toBe(0);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    expect(readFileSync(out, 'utf8')).not.toContain('previous contents');
  });

  it('when --out points into a missing folder then it is a usage error, not a crash', async () => {
    const dir = testdir({ 'a.yaml': valid });
    const r = await runCli(['score', join(dir, 'a.yaml'), '--out', join(dir, 'nope', 'case.md')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('ENOENT');
    expect(r.stderr).not.toMatch(/internal error|bug in tip-screen/i);
  });
});

describe('score: problems in the answers file', () => {
  const base = [
    'facts:',
    '  age: 34',
    '  foreignNational: "yes"',
    'answers:',
    '  nhrck16.act.recruitment: "yes"',
    '  nhrck16.purpose.documents-taken: "yes"',
  ].join('\n');

  async function scoreText(text: string) {
    const dir = testdir({ 'answers.yaml': text });
    return runCli(['score', join(dir, 'answers.yaml')]);
  }

  it('when an indicator id is unknown then it exits 1 naming the key at its line', async () => {
    const text = `${base}\n  nhrck16.purpose.flying-carpet: "yes"\n`;
    const r = await scoreText(text);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const line = lineOf(text, 'flying-carpet');
    expect(r.stderr).toMatch(
      new RegExp(`answers\\.yaml:${line}:\\d+: .*"nhrck16\\.purpose\\.flying-carpet"`),
    );
  });

  it('when an answer is "maybe" then it exits 1 naming the key and the allowed values', async () => {
    const text = `${base}\n  nhrck16.means.fraud-deception: maybe\n`;
    const r = await scoreText(text);
    expect(r.code).toBe(1);
    const problem = r.stderr.split('\n').find((l) => l.includes('nhrck16.means.fraud-deception'));
    expect(problem).toBeDefined();
    expect(problem).toContain(`answers.yaml:${lineOf(text, 'fraud-deception')}:`);
    expect(problem).toMatch(/yes, no, unknown, declined/);
  });

  it('when an id has a typo then the error suggests the right one', async () => {
    const r = await scoreText(`${base}\n  nhrck16.purpose.debt-bondge: "yes"\n`);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('did you mean "nhrck16.purpose.debt-bondage"?');
  });

  it('when a fact has a value the set does not allow then it exits 1 naming the fact at its line', async () => {
    const text = base
      .replace('age: 34', 'age: thirty-four')
      .replace('foreignNational: "yes"', 'sector: farm');
    const r = await scoreText(text);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`answers\\.yaml:${lineOf(text, 'age:')}:\\d+: fact "age"`));
    expect(r.stderr).toMatch(
      new RegExp(`answers\\.yaml:${lineOf(text, 'sector:')}:\\d+: fact "sector".*agriculture`),
    );
  });

  it('when the YAML is invalid then it exits 1 with the position', async () => {
    const r = await scoreText('facts: { age: 34\nanswers:\n  nhrck16.act.recruitment: [yes\n');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/answers\.yaml:\d+:\d+: /);
    expect(r.stdout).toBe('');
  });

  it('when several things are wrong then every problem is reported in one run', async () => {
    const text = [
      'facts:',
      '  age: -3',
      'answers:',
      '  nhrck16.act.recruitment: "yes"',
      '  nhrck16.act.recruitmnet: "yes"',
      '  nhrck16.means.force-coercion: perhaps',
      '  nhrck16.purpose.not-a-thing: "no"',
    ].join('\n');
    const r = await scoreText(text);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('has 4 problem(s)');
    const located = r.stderr.split('\n').filter((l) => /answers\.yaml:\d+:\d+: /.test(l));
    expect(located).toHaveLength(4);
    for (const key of ['age', 'recruitmnet', 'force-coercion', 'not-a-thing'])
      expect(located.some((l) => l.includes(`answers.yaml:${lineOf(text, `${key}:`)}:`))).toBe(true);
  });

  it('when a top-level key is misspelt then it is reported instead of ignored', async () => {
    const r = await scoreText(base.replace('answers:', 'answer:'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('unknown key "answer"');
  });

  it('when a value is free text then the error does not repeat it', async () => {
    const secret = 'her cousin brought her from the bus terminal';
    const r = await scoreText(`${base}\n  nhrck16.act.harbouring: "${secret}"\n`);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('nhrck16.act.harbouring');
    expect(r.stderr).not.toContain(secret);
  });

  it('when any of these errors happens then no stack trace is printed', async () => {
    const inputs = [
      `${base}\n  nope.nope: "yes"\n`,
      'facts: [\n',
      base.replace('age: 34', 'age: 300'),
      '- just\n- a list\n',
    ];
    for (const text of inputs) {
      const r = await scoreText(text);
      expect(r.code).toBe(1);
      expect(r.stderr.length).toBeGreaterThan(0);
      expect(r.stderr).not.toMatch(STACK_FRAME);
      expect(r.stderr).not.toMatch(/internal error/i);
    }
  });
});

describe('score: the README examples', () => {
  const files = readdirSync(EXAMPLES).filter((f) => f.endsWith('.yaml'));

  it('when the example folder is read then it holds a child, a labour and an open case', () => {
    expect(files.sort()).toEqual([
      'adult-fishing-crew.yaml',
      'adult-open-questions.yaml',
      'child-chat-app.yaml',
    ]);
  });

  it.each([
    ['child-chat-app.yaml', 'victim-likely', 'child'],
    ['adult-fishing-crew.yaml', 'victim-likely', null],
    ['adult-open-questions.yaml', 'possible', null],
  ] as const)('when %s is scored then it is %s', async (file, outcome, waiver) => {
    const r = await runCli(['score', join(EXAMPLES, file), '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.outcome).toBe(outcome);
    expect(report.waiverReason).toBe(waiver);
    if (outcome === 'possible')
      expect(report.openQuestions.filter((q) => q.raisesTo === 'victim-likely').length).toBeGreaterThan(0);
    // Example files carry a case code, never a name.
    expect(example(file)).toMatch(/^case: EXAMPLE-[A-Z]+-\d\d$/m);
  });

  it('when the examples are written then they quote every yes and no', () => {
    for (const f of files) expect(example(f)).not.toMatch(/:\s+(yes|no)\s*$/m);
  });
});

describe('score: an age known only as a range or an estimate', () => {
  const child = example('child-chat-app.yaml');
  const withAge = (age: string) => child.replace(/^ {2}age: 15$/m, `  age: ${age}`);

  async function scoreJson(text: string) {
    const dir = testdir({ 'answers.yaml': text });
    const r = await runCli(['score', join(dir, 'answers.yaml'), '--json']);
    return { ...r, report: r.code === 0 ? (JSON.parse(r.stdout) as Report) : undefined };
  }

  it('when the age is 17-19 then it scores, and whether the child rule applies is left open', async () => {
    expect(withAge('17-19')).not.toBe(child);
    for (const age of ['17-19', '"17–19"', '"about 18"', '"약 18"', '{ min: 17, max: 19 }']) {
      const r = await scoreJson(withAge(age));
      expect(r.code, age).toBe(0);
      expect(r.stderr, age).toBe('');
      expect(r.report!.waiverStatus, age).toBe('unknown');
      expect(r.report!.meansWaived, age).toBe(false);
      // The age was taken: it is not listed as unknown, and the apparent-minor fallback is not asked.
      expect(r.report!.unknown, age).not.toContain('age');
      const facts = r.report!.openQuestions.filter((q) => q.kind === 'fact').map((q) => q.id);
      // The age is to be established and comes first; the age when it began may decide it too.
      expect(facts[0], age).toBe('age');
      expect(r.report!.openQuestions[0]!.id, age).toBe('age');
      expect(r.report!.ageToBeEstablished, age).toBe(true);
    }
  });

  it('when the age is {min: 25, max: 30} then it scores as an adult', async () => {
    const r = await scoreJson(withAge('{ min: 25, max: 30 }'));
    expect(r.code).toBe(0);
    expect(r.report!.waiverStatus).toBe('not-met');
    expect(r.report!.unknown).not.toContain('age');
    // The age itself is settled; only the age when it began could still bring in the child rule.
    expect(r.report!.openQuestions.filter((q) => q.kind === 'fact').map((q) => q.id)).toEqual([
      'ageAtExploitation',
    ]);
    expect(r.report!.ageToBeEstablished).toBe(false);
    const plain = await scoreJson(withAge('25-30'));
    expect(plain.report).toEqual(r.report);
  });

  it('when the age is a range inside the child bound then the child rule is met', async () => {
    const r = await scoreJson(withAge('14-16'));
    expect(r.code).toBe(0);
    expect(r.report!.waiverStatus).toBe('met');
    expect(r.report!.outcome).toBe('victim-likely');
  });

  it('when the age is not a number, range or estimate then it exits 1 at its position without repeating it', async () => {
    for (const bad of ['seventeen-ish', '"about 150"', '{ min: 19, max: 17 }', '{ min: 17 }', '17-130']) {
      const text = withAge(bad);
      const r = await scoreJson(text);
      expect(r.code, bad).toBe(1);
      expect(r.stdout, bad).toBe('');
      expect(r.stderr, bad).toMatch(
        new RegExp(
          `answers\\.yaml:${lineOf(text, 'age:')}:\\d+: fact "age" must be a number from 0 to 120, a range such as 17-19, "about 18", unknown or declined`,
        ),
      );
      expect(r.stderr, bad).not.toContain(bad.replaceAll('"', ''));
      expect(r.stderr, bad).not.toMatch(/\(got /);
    }
  });
});
