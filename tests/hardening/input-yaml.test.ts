/** Issue 11, item 10: hostile YAML and a broken settings file are user errors with their own codes. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConfig } from '../../src/io/config-file.js';
import { isUserError } from '../../src/base/errors.js';
import { parseYamlSource } from '../../src/io/yaml-source.js';
import { runCli, testdir } from '../helpers/cli.js';

/** Ten levels of nine aliases each: 9^10 values if expanded. */
function billionLaughs(): string {
  const lines = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let i = 1; i <= 10; i++)
    lines.push(
      `a${i}: &a${i} [${Array(9)
        .fill(`*a${i - 1}`)
        .join(', ')}]`,
    );
  return `answers:\n  x: 'yes'\n` + lines.join('\n') + '\n';
}

const deep = (levels: number) => `answers:\n  x: ${'['.repeat(levels)}${']'.repeat(levels)}\n`;
const deepBlock = (levels: number) =>
  'answers:\n' + Array.from({ length: levels }, (_, i) => `${' '.repeat(i + 2)}k${i}:`).join('\n') + ' 1\n';

describe('hostile YAML', () => {
  it('when an answers file expands aliases without end then it is refused with YAML_ALIASES and a line', async () => {
    const dir = testdir({ 'a.yaml': billionLaughs() });
    const r = await runCli(['score', join(dir, 'a.yaml')], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[YAML_ALIASES]');
    expect(r.stderr).toMatch(/a\.yaml:\d+:\d+:/);
    expect(r.stderr).not.toContain('Internal error');
  });

  it('when a set file expands aliases without end then it is refused with YAML_ALIASES', async () => {
    const dir = testdir({
      's.yaml':
        `extends: nhrck-2016\nid: mine\nversion: '1'\n` +
        billionLaughs().replace("answers:\n  x: 'yes'\n", ''),
      'a.yaml': `set: ./s.yaml\nanswers: {}\n`,
    });
    const r = await runCli(['score', join(dir, 'a.yaml')], { cwd: dir });
    expect(r.stderr).toContain('[YAML_ALIASES]');
  });

  it('when a file nests 2000 levels deep then it is refused with YAML_DEPTH, in flow and block style', async () => {
    for (const text of [deep(2000), deepBlock(2000), deep(200)]) {
      const dir = testdir({ 'a.yaml': text });
      const r = await runCli(['score', join(dir, 'a.yaml')], { cwd: dir });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('[YAML_DEPTH]');
      expect(r.stderr).toMatch(/a\.yaml:\d+:\d+:/);
      expect(r.stderr).not.toContain('Internal error');
    }
  });

  it('when a few aliases repeat a large block or an alias sits inside its own anchor then it is refused', () => {
    const keys = Array.from({ length: 20_000 }, (_, i) => `k${i}: 1`).join(', ');
    const cases: [string, string][] = [
      [`a: &a { ${keys} }\nb: [${Array(50).fill('*a').join(', ')}]\n`, 'YAML_ALIASES'],
      ['a: &a [1, *a]\n', 'YAML_DEPTH'],
      ['a: &a { b: *a }\n', 'YAML_DEPTH'],
    ];
    for (const [text, code] of cases) {
      let error: unknown;
      try {
        parseYamlSource(text, 'x.yaml');
      } catch (e) {
        error = e;
      }
      if (!isUserError(error)) throw new Error(`expected ${code}`);
      expect(error.code).toBe(code);
      expect(error.problems[0]!.line).toBeGreaterThan(0);
    }
    // A few aliases of a small block are still fine.
    expect(parseYamlSource('a: &a [1, 2]\nb: *a\nc: *a\n', 'x.yaml').data).toEqual({
      a: [1, 2],
      b: [1, 2],
      c: [1, 2],
    });
  });

  it('when a YAML syntax error quotes the file then the message does not', async () => {
    const dir = testdir({ 'a.yaml': 'answers:\n  x: *SECRETALIAS\n' });
    const r = await runCli(['score', join(dir, 'a.yaml')], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('a.yaml:2:');
    expect(r.stderr).not.toContain('SECRETALIAS');
  });
});

describe('the settings file', () => {
  it('when config.yaml has a syntax error then it is CONFIG_INVALID with its line', () => {
    const dir = testdir({ 'config.yaml': 'encrypt: true\nset: [unclosed\n' });
    let error: unknown;
    try {
      readConfig(dir);
    } catch (e) {
      error = e;
    }
    if (!isUserError(error)) throw new Error(`expected a user error, got ${String(error)}`);
    expect(error.code).toBe('CONFIG_INVALID');
    expect(error.problems[0]!.file).toBe(join(dir, 'config.yaml'));
    expect(error.problems[0]!.line).toBeGreaterThan(1);
  });

  it('when config.yaml has a wrong value then it is CONFIG_INVALID at the line of that value', () => {
    const dir = testdir({ 'config.yaml': 'lang: ko\nencrypt: SECRET-SETTING\n' });
    try {
      readConfig(dir);
      throw new Error('expected an error');
    } catch (e) {
      if (!isUserError(e)) throw e;
      expect(e.code).toBe('CONFIG_INVALID');
      expect(e.problems[0]!.line).toBe(2);
      expect(e.problems.map((p) => p.message).join(' ')).not.toContain('SECRET-SETTING');
    }
  });

  it('when screen runs with a broken config.yaml then the user sees CONFIG_INVALID, not an internal error', async () => {
    const dir = testdir({ 'data/config.yaml': 'encrypt: [\n' });
    const r = await runCli(['screen', '--data-dir', join(dir, 'data'), '--no-input']);
    expect(r.stderr).toContain('[CONFIG_INVALID]');
    expect(r.stderr).not.toContain('Internal error');
  });
});
