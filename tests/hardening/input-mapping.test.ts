/**
 * Issue 11, items 8, 9 and 14 for the last two inputs read by hand: a batch mapping file goes
 * through the same reader as every other input, and a wrong case code is not repeated back.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, testdir } from '../helpers/cli.js';

const RECORD = '{"id":"r1","facts":{"age":30},"answers":{}}\n';

describe('batch mapping files', () => {
  it('when a mapping file holds a bidirectional control then it is refused with its position', async () => {
    const dir = testdir({ 'in.jsonl': RECORD, 'map.yaml': 'columns:\n  "age\u202e": age\n' });
    const r = await runCli(['batch', join(dir, 'in.jsonl'), '--map', join(dir, 'map.yaml'), '--quiet']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[BIDI_CONTROL]');
    expect(r.stderr).toContain('map.yaml:2:');
  });

  it('when a mapping file is not UTF-8 then it is refused as such', async () => {
    const dir = testdir({ 'in.jsonl': RECORD });
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(dir, 'map.yaml'), Buffer.from([0x63, 0x6f, 0x6c, 0x3a, 0x20, 0xb3, 0xaa, 0x0a]));
    const r = await runCli(['batch', join(dir, 'in.jsonl'), '--map', join(dir, 'map.yaml'), '--quiet']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[NOT_UTF8]');
  });

  it('when a mapping file is over 1 MiB then it is refused before it is parsed', async () => {
    const dir = testdir({ 'in.jsonl': RECORD, 'map.yaml': `# ${'x'.repeat(1024 * 1024 + 10)}\n` });
    const r = await runCli(['batch', join(dir, 'in.jsonl'), '--map', join(dir, 'map.yaml'), '--quiet']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[FILE_TOO_LARGE]');
  });
});

describe('case codes', () => {
  it('when a case code is not valid then it is not printed back', async () => {
    const r = await runCli(['screen', '--case', 'bad code zq7x!', '--no-input']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[USAGE]');
    expect(r.stderr).not.toContain('zq7x');
  });
});
