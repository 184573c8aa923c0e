import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, testdir } from '../helpers/cli.js';

const EXAMPLES = join(import.meta.dirname, '../../indicators/examples');
const valid = readFileSync(join(EXAMPLES, 'child-chat-app.yaml'), 'utf8');

/** The example file with its case code replaced, or a line added under facts. */
const withCase = (code: string) => valid.replace(/^case: .*$/m, `case: ${JSON.stringify(code)}`);

describe('score: identifying data in an answers file', () => {
  it('the example file has a case code to replace', () => {
    expect(valid).toMatch(/^case: /m);
  });

  it.each([
    ['김민지', 'name'],
    ['010-1234-5678', 'phone'],
    ['900101-1234567', 'resident registration'],
    ['kim@example.org', 'e-mail'],
    ['Maria Santos', 'name'],
  ])(
    'when the case code is %s then the file is refused with PII_DETECTED, naming case and the kind, never the value',
    async (code, kind) => {
      const dir = testdir({ 'a.yaml': withCase(code) });
      const r = await runCli(['score', join(dir, 'a.yaml')]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('PII_DETECTED');
      expect(r.stderr).toMatch(new RegExp(`\\(at case\\)|case: .*${kind}|${kind}.*\\(at case\\)`));
      expect(r.stderr).toContain(kind);
      expect(r.stdout).toBe('');
      expect(r.stdout + r.stderr).not.toContain(code);
    },
  );

  it('when an identifying value hides in facts then its key path and kind are named', async () => {
    const text = valid.replace(/^facts:\n/m, 'facts:\n  note: "call +63 917 123 4567"\n');
    expect(text).not.toBe(valid);
    const dir = testdir({ 'a.yaml': text });
    const r = await runCli(['score', join(dir, 'a.yaml'), '--json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('(at facts.note)');
    expect(r.stderr).toContain('phone numbers');
    expect(r.stdout + r.stderr).not.toContain('917 123');
  });

  it('when a key itself looks identifying then it is not printed', async () => {
    const text = valid.replace(/^facts:\n/m, 'facts:\n  "010-9876-5432": yes\n');
    const dir = testdir({ 'a.yaml': text });
    const r = await runCli(['score', join(dir, 'a.yaml')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('PII_DETECTED');
    expect(r.stdout + r.stderr).not.toContain('9876');
  });

  it('when the language is Korean then the message is in Korean', async () => {
    const dir = testdir({ 'a.yaml': withCase('010-1234-5678') });
    const r = await runCli(['score', join(dir, 'a.yaml'), '--lang', 'ko']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('식별');
    expect(r.stderr).toContain('전화번호');
  });

  it.each(['SEOUL-2026-014', 'batch-20260315-01', 'INV-20240101-001'])(
    'when the case code is %s then the file is scored',
    async (code) => {
      const dir = testdir({ 'a.yaml': withCase(code) });
      const r = await runCli(['score', join(dir, 'a.yaml'), '--format', 'markdown']);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(code);
    },
  );
});
