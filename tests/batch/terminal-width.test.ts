/** The batch summary on standard error fits an 80-column terminal, measured by display width. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/render/layout.js';
import { runCli, testdir } from '../helpers/cli.js';

const sample = join(import.meta.dirname, '../../indicators/examples/research/screening-sample.csv');

describe.each(['en', 'ko'])('batch summary at 80 columns (%s)', (lang) => {
  it('when every section is printed (groups, label, three frameworks) then no line is wider than 80', async () => {
    const r = await runCli([
      '--lang',
      lang,
      'batch',
      sample,
      '--label',
      'status',
      '--by',
      'sector',
      '--frameworks',
      'nhrck-2016,kr-2023,palermo',
      '--out',
      join(testdir({}), 'out.jsonl'),
    ]);
    expect(r.code).toBe(0);
    const lines = r.stderr.split('\n');
    expect(lines.length).toBeGreaterThan(80);
    expect(lines.filter((l) => displayWidth(l) > 80)).toEqual([]);
  });
});
