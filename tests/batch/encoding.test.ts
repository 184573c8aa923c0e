/** CSV from Korean Excel is often CP949, not UTF-8: it is refused with a way out, not misread. */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, testdir } from '../helpers/cli.js';

// "나이" (age) in CP949: B3 AA C0 CC. Not valid UTF-8.
const cp949 = Buffer.concat([
  Buffer.from('id,'),
  Buffer.from([0xb3, 0xaa, 0xc0, 0xcc]),
  Buffer.from(',nhrck16.act.recruitment\nr1,30,yes\n'),
]);

describe('batch input encoding', () => {
  it('when a CSV file is CP949 then it is a usage error that says how to convert it, and nothing is written', async () => {
    const dir = testdir({});
    writeFileSync(join(dir, 'centre.csv'), cp949);
    const out = join(dir, 'out.csv');
    const r = await runCli(['batch', join(dir, 'centre.csv'), '--out', out, '--quiet']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('centre.csv is not UTF-8 text (it may be CP949 / EUC-KR');
    expect(r.stderr).toContain(
      `iconv -f cp949 -t utf-8 ${join(dir, 'centre.csv')} > ${join(dir, 'centre')}-utf8.csv`,
    );
    expect(existsSync(out)).toBe(false);
  });

  it('when the same table is UTF-8 then it is scored', async () => {
    const dir = testdir({
      'centre.csv': 'id,나이,nhrck16.act.recruitment\nr1,30,yes\n',
      'map.yaml': 'columns:\n  나이: age\n',
    });
    const r = await runCli(['batch', join(dir, 'centre.csv'), '--map', join(dir, 'map.yaml'), '--quiet']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('"id":"r1"');
  });
});
