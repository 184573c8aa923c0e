import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, testdir } from '../helpers/cli.js';

const mini = readFileSync(join(import.meta.dirname, '../fixtures/mini-set.yaml'), 'utf8');

describe('indicators validate', () => {
  it('when the fixture set is valid then it reports ok and exits 0', async () => {
    const dir = testdir({ 'mini.yaml': mini });
    const r = await runCli(['indicators', 'validate', join(dir, 'mini.yaml')]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('ok');
  });

  it('when the YAML is broken then it exits 2 naming file:line:col', async () => {
    const broken = mini.replace("version: '1'", "version: '1\n  bad: [");
    const dir = testdir({ 'bad.yaml': broken });
    const r = await runCli(['indicators', 'validate', join(dir, 'bad.yaml')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad\.yaml:\d+:\d+: /);
  });

  it('when several things are wrong then every problem is listed with its line', async () => {
    const text = mini
      // a missing required field (help) on the first indicator
      .replace(
        "    help: { ko: 도움, en: Help }\n    source: { doc: test-src }\n    wording: reconstructed\n  - id: 'mini.means.one'",
        "    source: { doc: test-src }\n    wording: reconstructed\n  - id: 'mini.means.one'",
      )
      // a duplicate id
      .replace("'mini.purpose.sea'", "'mini.purpose.high'")
      // a rule naming an unknown indicator
      .replace(
        'purpose: { atLeast: 1, of: { element: purpose, tier: high } }',
        "purpose: { answer: 'mini.purpose.nope' }",
      );
    const dir = testdir({ 'set.yaml': text });
    const file = join(dir, 'set.yaml');
    const first = await runCli(['indicators', 'validate', file]);
    expect(first.code).toBe(2);
    // The shape problem is reported first (semantic checks need a well-formed set).
    expect(first.stderr).toMatch(/set\.yaml:\d+:\d+: .*help/i);

    const fixedShape = text.replace(
      "    source: { doc: test-src }\n    wording: reconstructed\n  - id: 'mini.means.one'",
      "    help: { ko: 도움, en: Help }\n    source: { doc: test-src }\n    wording: reconstructed\n  - id: 'mini.means.one'",
    );
    const dir2 = testdir({ 'set.yaml': fixedShape });
    const r = await runCli(['indicators', 'validate', join(dir2, 'set.yaml')]);
    expect(r.code).toBe(2);
    const lines = r.stderr.split('\n').filter((l) => /set\.yaml:\d+:\d+:/.test(l));
    expect(lines.some((l) => l.includes('used more than once'))).toBe(true);
    expect(lines.some((l) => l.includes('unknown indicator "mini.purpose.nope"'))).toBe(true);
    const dupLine =
      fixedShape
        .split('\n')
        .findIndex(
          (l, i, all) =>
            l.includes("'mini.purpose.high'") &&
            all.slice(0, i).some((x) => x.includes("'mini.purpose.high'")),
        ) + 1;
    expect(lines.find((l) => l.includes('used more than once'))).toContain(`set.yaml:${dupLine}:`);
  });

  it('when a threshold needs more items than match then the set is refused', async () => {
    const text = mini.replace(
      'purpose: { atLeast: 1, of: { element: purpose, tier: high } }',
      'purpose: { atLeast: 3, of: { element: purpose } }',
    );
    const dir = testdir({ 'set.yaml': text });
    const r = await runCli(['indicators', 'validate', join(dir, 'set.yaml')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('can never be met');
  });

  it('when an indicator can never be asked then the set is refused', async () => {
    const text = mini.replace(
      'askWhen: { fact: sector, is: fishing }',
      'askWhen: { all: [{ fact: age, lt: 10 }, { fact: age, gt: 20 }] }',
    );
    const dir = testdir({ 'set.yaml': text });
    const r = await runCli(['indicators', 'validate', join(dir, 'set.yaml')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('can never be asked');
  });

  it('when a condition is malformed then the error points at it', async () => {
    const text = mini.replace(
      'askWhen: { fact: sector, is: fishing }',
      'askWhen: { fact: sector, equals: fishing }',
    );
    const dir = testdir({ 'set.yaml': text });
    const r = await runCli(['indicators', 'validate', join(dir, 'set.yaml')]);
    expect(r.code).toBe(2);
    const line = text.split('\n').findIndex((l) => l.includes('equals')) + 1;
    expect(r.stderr).toContain(`set.yaml:${line}:`);
  });

  it('when an item has a misspelt key then the error names the key and points at its line and column', async () => {
    const text = mini.replace("  - id: 'mini.means.one'\n", "  - id: 'mini.means.one'\n    tierr: high\n");
    const dir = testdir({ 'set.yaml': text });
    const r = await runCli(['indicators', 'validate', join(dir, 'set.yaml')]);
    expect(r.code).toBe(2);
    const line = text.split('\n').findIndex((l) => l.includes('tierr')) + 1;
    expect(line).toBeGreaterThan(1);
    expect(r.stderr).toMatch(
      new RegExp(`set\\.yaml:${line}:5: unknown key "tierr" \\(at indicators\\.\\d+\\.tierr\\)`),
    );
  });
});
